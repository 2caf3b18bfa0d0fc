-- wrk script: rotate through the request paths listed in a file, optionally with a cookie,
-- and print the results as one JSON line that bench/run.py reads.
--
--   wrk ... -s bench/lua/rotate.lua http://127.0.0.1:8000 -- PATHS_FILE [COOKIE]
--
-- Latency is wrk's own per-request measurement (from writing the request to reading the whole
-- response, on one connection), so it includes time spent waiting for a free gunicorn worker.

local thread_number = 0

function setup(thread)
   thread:set("offset", thread_number * 7)
   thread_number = thread_number + 1
end

local requests = {}
local position = 0

function init(args)
   local paths_file = args[1]
   if args[2] and args[2] ~= "" then
      wrk.headers["Cookie"] = args[2]
   end
   for path in io.lines(paths_file) do
      if path ~= "" then
         requests[#requests + 1] = wrk.format("GET", path)
      end
   end
   if #requests == 0 then
      error("no request paths in " .. paths_file)
   end
   position = (offset or 0) % #requests
end

function request()
   position = position % #requests + 1
   return requests[position]
end

function done(summary, latency, requests)
   local errors = summary.errors
   io.write(string.format(
      'BENCH_RESULT {"requests": %d, "duration_us": %d, "p50_us": %d, "p90_us": %d, "p95_us": %d, ' ..
      '"p99_us": %d, "max_us": %d, "mean_us": %.1f, "connect_errors": %d, "read_errors": %d, ' ..
      '"write_errors": %d, "status_errors": %d, "timeouts": %d}\n',
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
      latency:percentile(95), latency:percentile(99), latency.max, latency.mean,
      errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end
