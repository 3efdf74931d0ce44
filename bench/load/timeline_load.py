#!/usr/bin/env python3
"""Loads the timeline API and the raw 50-row yardstick with wrk, on 127.0.0.1 only.

Usage (after `dotnet build -c Release` and a database built by `Fourfold.Benchmarks seed`, with the same
Audit__Key and Encryption__Keys__k1 in the environment):

    python3 bench/load/timeline_load.py --provider Sqlite --connection "Data Source=/tmp/bench/large.db"

Signs in 32 professionals of the seeded practice (password and authenticator key of the seeder), takes the cases
each belongs to, and runs wrk twice in the same app run: the timeline (50 items a page, random case of the signed-in
professional) and the raw endpoint (same cases, one SQL query) of the yardstick host, bench/Fourfold.Yardstick, a
plain ASP.NET Core app on the same database started beside the product on the next port. Then the same for one item at
a time: GET /api/items/{id} for items the signed-in professional's timeline showed them, beside the yardstick's one
primary-key read of the same rows. Prints requests/s, p50, p99 and the ratios, the app's resident memory after the
timeline run and at its peak, then stops both and verifies the audit chain.
"""
import argparse, base64, hashlib, hmac, json, os, random, re, struct, subprocess, sys, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
APP = os.path.join(ROOT, "artifacts", "bin", "Fourfold.Web", "release", "Fourfold.Web.dll")
YARDSTICK = os.path.join(ROOT, "artifacts", "bin", "Fourfold.Yardstick", "release", "Fourfold.Yardstick.dll")
PASSWORD = "Fourfold-Bench-2026"
KEY = "BENCHFOURFOLDKEY"


def totp(key, step):
    secret = base64.b32decode(key)
    digest = hmac.new(secret, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


def call(url, body=None, token=None):
    request = urllib.request.Request(url, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def wrk(base, lua, seconds, connections):
    output = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", lua, base],
                            capture_output=True, text=True, check=True).stdout
    def latency(label):
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {"rps": rps, "p50_ms": latency("50"), "p99_ms": latency("99"), "non2xx": int(errors.group(1)) if errors else 0, "raw": output}


def start_app(env, base, dll=APP, ready="/health"):
    """Starts a Release app at `base` and waits (up to two minutes) until it answers `ready`."""
    app = subprocess.Popen(["dotnet", dll, "--urls", base], env=env, cwd=os.path.dirname(dll), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(120):
        try:
            urllib.request.urlopen(base + ready, timeout=2)
            break
        except Exception:
            time.sleep(1)
    return app


def start_yardstick(env, port):
    """Starts the raw yardstick host (bench/Fourfold.Yardstick) on the product's database at 127.0.0.1:`port`."""
    base = f"http://127.0.0.1:{port}"
    return start_app(env, base, YARDSTICK, f"/bench/raw-timeline/{'0' * 8}-0000-0000-0000-{'0' * 12}"), base


def rss_mb(process):
    """The app's resident memory now and at its peak (VmRSS, VmHWM), in MB."""
    with open(f"/proc/{process.pid}/status") as status:
        fields = dict(line.split(":", 1) for line in status if ":" in line)
    return round(int(fields["VmRSS"].split()[0]) / 1024), round(int(fields["VmHWM"].split()[0]) / 1024)


def lua_script(pairs, host):
    lines = ["local paths = {"]
    for token, path in pairs:
        lines.append(f'  {{"{path}", "{token or ""}"}},')
    lines.append("}")
    lines.append("local requests = {}")
    lines.append("init = function(args)")
    lines.append("  for i, p in ipairs(paths) do")
    lines.append(f'    local headers = {{["Host"] = "{host}"}}')
    lines.append('    if p[2] ~= "" then headers["Authorization"] = "Bearer " .. p[2] end')
    lines.append('    requests[i] = wrk.format("GET", p[1], headers)')
    lines.append("  end")
    lines.append("  math.randomseed(42)")
    lines.append("end")
    lines.append("request = function() return requests[math.random(#requests)] end")
    handle = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
    handle.write("\n".join(lines))
    handle.close()
    return handle.name


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--provider", required=True)
    parser.add_argument("--connection", required=True)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--port", type=int, default=5099)
    parser.add_argument("--professionals", type=int, default=32)
    parser.add_argument("--limit", type=int, default=50)
    args = parser.parse_args()

    env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Benchmark", Database__Provider=args.provider, ConnectionStrings__Fourfold=args.connection,
               SignIn__AttemptsPerMinute="100000", Demo__Seed="false",
               Logging__LogLevel__Default="Warning")
    base = f"http://127.0.0.1:{args.port}"
    host = f"127.0.0.1:{args.port}"
    app = start_app(env, base)
    yardstick, yardstick_base = None, None
    try:
        yardstick, yardstick_base = start_yardstick(env, args.port + 1)
        step = int(time.time()) // 30
        pairs, raw, tokens = [], [], []
        for n in range(args.professionals):
            token = call(base + "/api/auth/login", {"email": f"pro{n}@bench.example", "password": PASSWORD, "twoFactorCode": totp(KEY, step)})["accessToken"]
            cases = [c["id"] for c in call(base + "/api/cases", token=token)]
            pairs += [(token, f"/api/cases/{case}/timeline?limit={args.limit}") for case in cases]
            raw += [(None, f"/bench/raw-timeline/{case}") for case in cases]
            tokens.append(token)
        sample = call(base + pairs[0][1], token=pairs[0][0])
        print(f"{len(pairs)} (professional, case) pairs; a sample page holds {len(sample['items'])} items")
        wrk(base, lua_script(pairs, host), 15, args.connections)  # warm-up: tiered JIT settles
        timeline = wrk(base, lua_script(pairs, host), args.seconds, args.connections)
        rss, _ = rss_mb(app)
        baseline = wrk(yardstick_base, lua_script(raw, yardstick_base.removeprefix("http://")), args.seconds, args.connections)
        items, raw_items = [], []
        for token, path in random.Random(7).sample(pairs, min(len(pairs), 160)):
            for item in call(base + path.replace(f"limit={args.limit}", "limit=5"), token=token)["items"]:
                items.append((token, f"/api/items/{item['id']}"))
                raw_items.append((None, f"/bench/raw-item/{item['id']}"))
        wrk(base, lua_script(items, host), 10, args.connections)
        item = wrk(base, lua_script(items, host), args.seconds, args.connections)
        raw_item = wrk(yardstick_base, lua_script(raw_items, yardstick_base.removeprefix("http://")), args.seconds, args.connections)
        _, peak = rss_mb(app)
    finally:
        for process in (app, yardstick):
            if process is not None:
                process.terminate()
                process.wait(timeout=60)
    verify = subprocess.run(["dotnet", APP, "audit", "verify"], env=env, cwd=os.path.dirname(APP), capture_output=True, text=True)
    result = {
        "provider": args.provider, "connections": args.connections, "seconds": args.seconds,
        "timeline": {k: v for k, v in timeline.items() if k != "raw"},
        "raw": {k: v for k, v in baseline.items() if k != "raw"},
        "ratio": round(timeline["rps"] / baseline["rps"], 3),
        "item": {k: v for k, v in item.items() if k != "raw"},
        "raw_item": {k: v for k, v in raw_item.items() if k != "raw"},
        "item_ratio": round(item["rps"] / raw_item["rps"], 3),
        "app_rss_mb_after_timeline": rss, "app_peak_rss_mb": peak,
        "audit_verify": verify.stdout.strip() + verify.stderr.strip(), "audit_verify_exit": verify.returncode,
    }
    print(json.dumps(result, indent=2))
    return 0 if verify.returncode == 0 and all(run["non2xx"] == 0 for run in (timeline, baseline, item, raw_item)) else 1


if __name__ == "__main__":
    sys.exit(main())
