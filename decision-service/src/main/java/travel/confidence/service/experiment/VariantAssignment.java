package travel.confidence.service.experiment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which of 10,000 buckets a user falls in for an experiment: SHA-256 of the experiment id and the user id,
 * reduced modulo 10,000. The same user always lands in the same bucket of the same experiment, on every
 * instance and after every restart, and different experiments shuffle users independently. Variants own
 * consecutive ranges of buckets in proportion to their shares.
 */
final class VariantAssignment {

    static final int BUCKETS = 10_000;

    private VariantAssignment() {
    }

    static int bucket(long experimentId, String userId) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((experimentId + ":" + userId).getBytes(StandardCharsets.UTF_8));
            return (int) Math.floorMod(ByteBuffer.wrap(digest, 0, Long.BYTES).getLong(), (long) BUCKETS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The index of the variant whose range holds the bucket, the ranges laid end to end in the order of
     * {@code shares} (in buckets, adding up to {@link #BUCKETS}).
     */
    static int variantOf(int bucket, int[] shares) {
        int upTo = 0;
        for (int i = 0; i < shares.length; i++) {
            upTo += shares[i];
            if (bucket < upTo) {
                return i;
            }
        }
        throw new IllegalArgumentException("shares add up to " + upTo + ", not " + BUCKETS);
    }

    /** The variant name decisions record: the experiment and the variant ({@code exp3:treatment}). */
    static String label(long experimentId, String variantName) {
        return "exp" + experimentId + ":" + variantName;
    }
}
