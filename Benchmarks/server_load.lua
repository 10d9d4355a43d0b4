-- wrk script for server_load.sh: POSTs the report files given after `--` to /v1/interpretations, counts failed
-- answers, and prints one RESULT line (and, with KEAPNRF_LATENCIES set, every latency recorded, for merging the
-- runs of several wrk processes). Given one file, the request is static: wrk writes the same bytes every time and
-- runs no Lua per request. Given several, it cycles through them (the requests built once), and wrk copies each
-- into the connection's buffer: about 0.05 ms more of wrk's CPU per request of the two FoundationOne reports.
local threads = {}
-- KEAPNRF_COUNT_STATUS, when set, counts 5xx answers and other refusals apart (see `response` below).
local count_statuses = os.getenv("KEAPNRF_COUNT_STATUS") ~= nil

function setup(thread)
    table.insert(threads, thread)
    thread:set("seed", #threads)
end

function init(args)
    math.randomseed(os.time() * 100 + seed)
    bodies = {}
    for _, path in ipairs(args) do
        local file = assert(io.open(path, "rb"))
        table.insert(bodies, file:read("*a"))
        file:close()
    end
    index = 0
    server_errors = 0
    refused = 0
    local headers = {["Authorization"] = "Bearer " .. os.getenv("KEAPNRF_TOKEN"), ["Content-Type"] = "application/octet-stream"}
    -- wrk reads whether `request` is defined after `init`: without it, every request is `wrk.request()`, built once.
    if #bodies == 1 and not count_statuses then
        wrk.method, wrk.path, wrk.headers, wrk.body = "POST", "/v1/interpretations", headers, bodies[1]
        request = nil
        return
    end
    -- Built once, as wrk's SCRIPTING advises: formatting a request of a 389 KB report each time cost wrk CPU time
    -- that the server shares.
    requests = {}
    for i, body in ipairs(bodies) do
        requests[i] = wrk.format("POST", "/v1/interpretations", headers, body)
    end
end

-- KEAPNRF_DELAY_MS, when set, makes each connection wait a random time of that mean (exponentially distributed,
-- so that the connections' requests do not arrive in step) between a response and its next request: a paced
-- load below saturation. wrk's latency excludes the wait.
local pause = tonumber(os.getenv("KEAPNRF_DELAY_MS") or "")
if pause then
    function delay()
        return math.floor(-pause * math.log(1 - math.random()))
    end
end

function request()
    index = index % #requests + 1
    return requests[index]
end

-- With KEAPNRF_COUNT_STATUS, 5xx answers and other refusals are counted apart (the mixed run, whose invalid reports
-- are refused with 422). Without it wrk hands no response to the script (a response() function makes it keep every
-- answer's body for it), and every answer that is not 2xx or 3xx is counted as a server error.
if count_statuses then
    function response(status, headers, body)
        if status >= 500 then
            server_errors = server_errors + 1
        elseif status >= 400 then
            refused = refused + 1
        end
    end
end

function done(summary, latency, requests)
    local errors5, refusals = summary.errors.status, 0
    if count_statuses then
        errors5 = 0
        for _, thread in ipairs(threads) do
            errors5 = errors5 + thread:get("server_errors")
            refusals = refusals + thread:get("refused")
        end
    end
    io.write(string.format(
        "RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f p999_ms=%.3f status5xx=%d status4xx=%d socket_errors=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
        errors5, refusals, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
    if os.getenv("KEAPNRF_LATENCIES") then
        for i = 1, #latency do
            local microseconds, count = latency(i)
            io.write(string.format("LATENCY %d %d\n", microseconds, count))
        end
    end
end
