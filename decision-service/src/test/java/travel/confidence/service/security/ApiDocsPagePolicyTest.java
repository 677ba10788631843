package travel.confidence.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The API docs page's policy allows exactly its own inline script, by hash, and nothing inline else. */
class ApiDocsPagePolicyTest {

    @Test
    void the_inline_script_is_allowed_by_its_sha256_and_nothing_else_inline_runs() {
        // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
        String policy = ApiDocsPagePolicy.forPage("<html><body><script>alert(1)</script></body></html>");

        String scripts = java.util.Arrays.stream(policy.split(";")).map(String::trim)
                .filter(d -> d.startsWith("script-src")).findFirst().orElseThrow();
        assertThat(scripts).isEqualTo("script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
        assertThat(policy).startsWith("default-src 'none'").contains("frame-ancestors 'none'");
    }

    @Test
    void the_page_in_the_jar_is_found_and_its_script_hashed() {
        String policy = ApiDocsPagePolicy.load(ApiDocsPagePolicyTest.class.getClassLoader());

        assertThat(policy).as("the generated Swagger UI page").isNotNull().containsPattern("'sha256-[A-Za-z0-9+/]{43}='");
    }
}
