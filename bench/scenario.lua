-- wrk script of scripts/bench: one scenario, described by the file named in BENCH_FILE
-- (written by bench/bench.py). Counts as an error every non-2xx response and every GraphQL
-- response with `errors` or non-empty `userErrors`; sums `x-sql-statements-total`.
--
-- BENCH_FILE lines: method, path, bearer token ("-" for none), body ("-" for none). For the
-- step update, BENCH_STEPS names a file with one step per line: body prefix, TAB, version,
-- TAB, body suffix; thread i edits step i and carries the version it gets back, so every
-- update is made with the current `expectedVersion` (run one connection per thread).

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local function lines(path)
  local out = {}
  local file = assert(io.open(path, "r"))
  for line in file:lines() do
    table.insert(out, line)
  end
  file:close()
  return out
end

local method, path, headers, body
local step_prefix, step_version, step_suffix
errors = 0
statements = 0
responses = 0

function init(args)
  local spec = lines(os.getenv("BENCH_FILE"))
  method, path = spec[1], spec[2]
  headers = {}
  if spec[3] ~= "-" then
    headers["Authorization"] = "Bearer " .. spec[3]
  end
  if spec[4] ~= "-" then
    body = spec[4]
    headers["Content-Type"] = "application/json"
  end
  local steps_file = os.getenv("BENCH_STEPS")
  if steps_file and steps_file ~= "" then
    local steps = lines(steps_file)
    local mine = steps[((id - 1) % #steps) + 1]
    local prefix, version, suffix = mine:match("^(.-)\t(%d+)\t(.*)$")
    step_prefix, step_version, step_suffix = prefix, tonumber(version), suffix
  end
end

function request()
  if step_prefix then
    return wrk.format(method, path, headers, step_prefix .. step_version .. step_suffix)
  end
  return wrk.format(method, path, headers, body)
end

function response(status, response_headers, response_body)
  responses = responses + 1
  local count = response_headers["x-sql-statements-total"]
  if count then
    statements = statements + tonumber(count)
  end
  if status < 200 or status > 299 then
    errors = errors + 1
    return
  end
  if response_body and string.sub(response_body, 1, 1) == "{" then
    if string.find(response_body, '"errors":', 1, true)
      or string.find(response_body, '"userErrors":[{', 1, true) then
      errors = errors + 1
      if errors <= 3 then
        io.stderr:write("error response: " .. string.sub(response_body, 1, 300) .. "\n")
      end
      return
    end
  end
  if step_prefix then
    local version = string.match(response_body, '"version":(%d+)')
    if version then
      step_version = tonumber(version)
    end
  end
end

function done(summary, latency, requests)
  local body_errors, sql, answered = 0, 0, 0
  for _, thread in ipairs(threads) do
    body_errors = body_errors + thread:get("errors")
    sql = sql + thread:get("statements")
    answered = answered + thread:get("responses")
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"max_us":%d,' ..
    '"errors_status":%d,"errors_socket":%d,"errors_body":%d,"statements":%d,"responses":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    latency.max, e.status, e.connect + e.read + e.write + e.timeout, body_errors, sql, answered))
end
