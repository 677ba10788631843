package travel.confidence.service.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Bearer tokens as a frontend's identity provider would issue them to travellers, good and bad: signed with the
 * travellers' shared secret or an RSA key, expired, not yet valid, unsigned, for another audience. Test keys
 * only.
 */
public final class TravellerTokens {

    /** The audience the service expects on travellers' tokens (its default). */
    public static final String AUDIENCE = "confidence-public-api";
    /** The secret the tests configure for travellers' tokens; a test value, not a real key. */
    public static final String SECRET = "travellers-secret-for-tests-only-0123456789abcdef";
    public static final String OTHER_SECRET = "a-secret-the-service-has-never-seen-0123456789abcd";

    private TravellerTokens() {
    }

    /** Claims of a token for {@code subject}, valid for an hour from now. */
    public static JWTClaimsSet.Builder claims(String subject, String... audience) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject(subject).audience(List.of(audience)).issuer("test-identity-provider")
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    /** A traveller's token signed with the travellers' secret. */
    public static String bearer(String subject) {
        return "Bearer " + hs256(SECRET, claims(subject, AUDIENCE).build());
    }

    public static String hs256(String secret, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String rs256(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}: no signature at all. */
    public static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    public static RSAKey newRsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
