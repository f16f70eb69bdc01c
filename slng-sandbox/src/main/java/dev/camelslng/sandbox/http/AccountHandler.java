package dev.camelslng.sandbox.http;

/**
 * {@code GET /v1/me}: the account probe that costs no credits (protocol §10.1), answered for the sandbox's one key.
 */
final class AccountHandler {

    private AccountHandler() {
    }

    static void me(SandboxExchange exchange) {
        exchange.json(200, Json.object().put("name", "Sandbox User").put("email", "sandbox@example.com").put("org_id", "org_sandbox")
                .put("org_name", "SLNG Sandbox").put("api_key_label", "sandbox").put("tier", "free"));
    }
}
