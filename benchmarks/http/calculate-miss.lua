-- /calculate with a different traveller, destination and month on every request: the cache never hits.
local destinations = {"JP","FR","DE","ES","IT","PT","GR","TH","VN","MX","BR","AR","CL","PE","US","CA","AU","NZ","ZA","KE",
                      "EG","MA","TR","IN","ID","MY","SG","KR","CN","IS","NO","SE","FI","DK","IE","GB","NL","BE","AT","CH"}
local counter = 0
request = function()
  counter = counter + 1
  local destination = destinations[math.random(#destinations)]
  local month = math.random(1, 12)
  local day = math.random(1, 20)
  local body = string.format(
    '{"destinationId":"%s","userId":"load-%d-%d","travelDates":{"startDate":"2027-%02d-%02d","endDate":"2027-%02d-%02d"}}',
    destination, counter, math.random(1, 1000000), month, day, month, day + 7)
  return wrk.format("POST", "/api/confidence/calculate", {["Content-Type"] = "application/json"}, body)
end
