-- /track-implicit: browsing signals of many travellers, stamped now, each acknowledged only once stored.
local destinations = {"JP","FR","DE","ES","IT","PT","GR","TH","VN","MX","BR","US","CA","AU","NZ","IN","SG","IS","NO","IE"}
local events = {"click","view","hover","bookmark"}
request = function()
  local body = string.format(
    '{"userId":"shopper-%d","eventType":"%s","destinationId":"%s","duration":%d,"timestamp":"%s"}',
    math.random(1, 20000), events[math.random(#events)], destinations[math.random(#destinations)],
    math.random(500, 60000), os.date("!%Y-%m-%dT%H:%M:%SZ"))
  return wrk.format("POST", "/api/preferences/track-implicit", {["Content-Type"] = "application/json"}, body)
end
