#!/usr/bin/env python3
"""Loads the slots API beside the raw 50-row yardstick with wrk, on 127.0.0.1 only.

Usage (after `dotnet build -c Release src/Fourfold.Web bench/Fourfold.Yardstick`):

    python3 bench/load/slots_load.py

Starts the Release app on a fresh SQLite file with the demo data (the Holt case: five people in New York and Los
Angeles, with weekly hours and sessions), signs in the couples therapist, and runs wrk (8 connections) on
`GET /api/cases/{holt}/slots` for all five over two weeks of 60-minute sessions, then on the raw yardstick
`/bench/raw-timeline/{holt}` of the yardstick host (bench/Fourfold.Yardstick, on the next port). Prints requests/s, p50,
p99 and the ratio.
"""
import argparse, base64, datetime, json, os, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from timeline_load import call, totp, wrk, lua_script, start_app, start_yardstick  # noqa: E402

MAYA = ("maya.lee@harbor.example", "Fourfold-Demo-2026", "MAYALEEFOURFOLD2")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--port", type=int, default=5098)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="fourfold-slots-")
    env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Benchmark", Database__Provider="Sqlite",
               ConnectionStrings__Fourfold=f"Data Source={work}/demo.db", Demo__Seed="true",
               SignIn__AttemptsPerMinute="100000", Logging__LogLevel__Default="Warning", Email__PickupDirectory=f"{work}/mail")
    # Throwaway keys for a throwaway database.
    env["Audit__Key"] = base64.b64encode(os.urandom(32)).decode()
    env["Encryption__Keys__k1"] = base64.b64encode(os.urandom(32)).decode()
    env["Encryption__ActiveKey"] = "k1"
    base = f"http://127.0.0.1:{args.port}"
    host = f"127.0.0.1:{args.port}"
    app = start_app(env, base)
    yardstick, yardstick_base = None, None
    try:
        yardstick, yardstick_base = start_yardstick(env, args.port + 1)
        email, password, key = MAYA
        token = call(base + "/api/auth/login", {"email": email, "password": password, "twoFactorCode": totp(key, int(time.time()) // 30)})["accessToken"]
        holt = next(c["id"] for c in call(base + "/api/cases", token=token) if c["label"] == "Holt")
        team = [m["personId"] for m in call(base + f"/api/cases/{holt}", token=token)["team"] if m["personId"] and m["status"] == "Active"]
        first = datetime.date.today() + datetime.timedelta(days=14)
        path = f"/api/cases/{holt}/slots?participants={','.join(team)}&from={first}&to={first + datetime.timedelta(days=13)}&minutes=60"
        sample = call(base + path, token=token)
        print(f"{len(team)} people; a sample answer holds {len(sample['slots'])} slots")
        wrk(base, lua_script([(token, path)], host), 10, args.connections)  # warm-up
        slots = wrk(base, lua_script([(token, path)], host), args.seconds, args.connections)
        raw = wrk(yardstick_base, lua_script([(None, f"/bench/raw-timeline/{holt}")], yardstick_base.removeprefix("http://")), args.seconds, args.connections)
    finally:
        for process in (app, yardstick):
            if process is not None:
                process.terminate()
                process.wait(timeout=60)
    result = {
        "connections": args.connections, "seconds": args.seconds,
        "slots": {k: v for k, v in slots.items() if k != "raw"},
        "raw": {k: v for k, v in raw.items() if k != "raw"},
        "ratio": round(slots["rps"] / raw["rps"], 3),
    }
    print(json.dumps(result, indent=2))
    return 0 if slots["non2xx"] == 0 and raw["non2xx"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
