package travel.confidence.service.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Experiment assignment: the same user always gets the same variant of an experiment, and a population of
 * users splits across the variants in the proportions of their shares, within sampling error.
 */
class ExperimentAssignmentTest {

    private static final int USERS = 10_000;

    @Test
    void experiment_assignment_is_stable_for_every_user() {
        qt().withExamples(500)
                .forAll(longs().between(1, 1_000_000), strings().allPossible().ofLengthBetween(1, 40), shares())
                .checkAssert((experiment, user, shares) -> {
                    int bucket = VariantAssignment.bucket(experiment, user);
                    assertThat(bucket).isBetween(0, VariantAssignment.BUCKETS - 1);
                    assertThat(VariantAssignment.bucket(experiment, new String(user.toCharArray()))).isEqualTo(bucket);
                    assertThat(VariantAssignment.variantOf(bucket, shares))
                            .isEqualTo(VariantAssignment.variantOf(VariantAssignment.bucket(experiment, user), shares));
                });
    }

    @Test
    void experiment_assignment_matches_the_shares_within_sampling_error() {
        qt().withExamples(100)
                .forAll(longs().between(1, 1_000_000), shares())
                .checkAssert((experiment, shares) -> {
                    int[] counts = new int[shares.length];
                    for (int i = 0; i < USERS; i++) {
                        counts[VariantAssignment.variantOf(VariantAssignment.bucket(experiment, "user-" + i), shares)]++;
                    }
                    for (int v = 0; v < shares.length; v++) {
                        double expected = shares[v] / (double) VariantAssignment.BUCKETS;
                        double observed = counts[v] / (double) USERS;
                        // 4.5 standard errors: a false alarm about once in 150,000 checks. The 1/10000 covers the
                        // rounding of a share to whole buckets.
                        double tolerance = 4.5 * Math.sqrt(expected * (1 - expected) / USERS) + 1.0 / VariantAssignment.BUCKETS;
                        assertThat(observed).as("variant %d of %s in experiment %d", v, java.util.Arrays.toString(shares), experiment)
                                .isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance));
                    }
                });
    }

    @Test
    void a_variant_without_share_gets_nobody_and_an_experiment_reshuffles_users_independently() {
        int[] shares = {5000, 0, 5000};
        int sameBucket = 0;
        for (int i = 0; i < USERS; i++) {
            String user = "user-" + i;
            assertThat(VariantAssignment.variantOf(VariantAssignment.bucket(7, user), shares)).isNotEqualTo(1);
            if (VariantAssignment.bucket(7, user) / 5000 == VariantAssignment.bucket(8, user) / 5000) {
                sameBucket++;
            }
        }
        assertThat(sameBucket / (double) USERS).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.03));
        assertThat(VariantAssignment.label(3, "treatment")).isEqualTo("exp3:treatment");
    }

    /** Two to four variants with shares in whole buckets adding up to all of them. */
    private static org.quicktheories.core.Gen<int[]> shares() {
        return lists().of(integers().between(1, 100)).ofSizeBetween(2, 4).map(ExperimentAssignmentTest::toBuckets);
    }

    private static int[] toBuckets(List<Integer> weights) {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        int[] shares = new int[weights.size()];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            shares[i] = weights.get(i) * VariantAssignment.BUCKETS / total;
            given += shares[i];
        }
        shares[shares.length - 1] += VariantAssignment.BUCKETS - given;
        return shares;
    }
}
