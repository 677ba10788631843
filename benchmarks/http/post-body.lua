-- POST the same JSON body (from the BODY environment variable) on every request.
wrk.method = "POST"
wrk.body = os.getenv("BODY")
wrk.headers["Content-Type"] = "application/json"
