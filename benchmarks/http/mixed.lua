-- A steady mix of what the frontend sends, from many travellers: scores (mostly repeat views, some new),
-- rankings, live-context adjustments, browsing signals and reads of learned weights. Every answer that is not
-- a 2xx is counted and its first few statuses printed, so a soak run shows its errors, not just its rate.
local destinations = {"JP","FR","DE","ES","IT","PT","GR","TH","VN","MX","BR","US","CA","AU","NZ","IN","SG","IS","NO","IE"}
local events = {"click","view","hover","bookmark"}
local json = {["Content-Type"] = "application/json"}
local bad = 0
local shown = 0

local function post(path, body)
  return wrk.format("POST", path, json, body)
end

request = function()
  local pick = math.random(100)
  local traveller = math.random(1, 5000)
  local destination = destinations[math.random(#destinations)]
  local month = math.random(1, 12)
  if pick <= 45 then      -- a score the traveller has seen before (cache hit after the first)
    return post("/api/confidence/calculate", string.format(
      '{"destinationId":"%s","userId":"soak-%d","travelDates":{"startDate":"2027-%02d-01","endDate":"2027-%02d-10"}}',
      destination, traveller % 200, month, month))
  elseif pick <= 60 then  -- a new score (cache miss)
    return post("/api/confidence/calculate", string.format(
      '{"destinationId":"%s","userId":"soak-new-%d","travelDates":{"startDate":"2027-%02d-%02d","endDate":"2027-%02d-%02d"}}',
      destination, math.random(1, 1000000), month, math.random(1, 14), month, math.random(15, 28)))
  elseif pick <= 65 then  -- a ranking of every destination
    return post("/api/confidence/recommendations", string.format(
      '{"userId":"soak-%d","travelDates":{"startDate":"2027-%02d-01","endDate":"2027-%02d-14"},"limit":10}',
      traveller % 50, month, month))
  elseif pick <= 75 then  -- live context on a base score
    return post("/api/confidence/adjust-context", string.format(
      '{"baseScore":%d,"destinationId":"%s","travelDates":{"startDate":"2027-%02d-01","endDate":"2027-%02d-10"}}',
      math.random(30, 95), destination, month, month))
  elseif pick <= 95 then  -- a browsing signal
    return post("/api/preferences/track-implicit", string.format(
      '{"userId":"soak-%d","eventType":"%s","destinationId":"%s","duration":%d,"timestamp":"%s"}',
      traveller, events[math.random(#events)], destination, math.random(500, 60000), os.date("!%Y-%m-%dT%H:%M:%SZ")))
  else                    -- the traveller's learned weights
    return wrk.format("GET", string.format("/api/preferences/weights/soak-%d", traveller))
  end
end

response = function(status, headers, body)
  if status >= 300 then
    bad = bad + 1
    if shown < 5 then
      shown = shown + 1
      io.stderr:write(string.format("non-2xx %d: %s\n", status, string.sub(body, 1, 200)))
    end
  end
end
