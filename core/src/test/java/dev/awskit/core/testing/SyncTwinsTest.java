package dev.awskit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.AsyncOnly;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The checker itself finds what it is meant to find, so a module test that passes it means something. */
class SyncTwinsTest {

    @Test
    void problems_whenEveryMethodHasItsTwin_isEmpty() {
        assertThat(SyncTwins.problems(Complete.class, Complete.Sync.class)).isEmpty();
        SyncTwins.assertTwins(Complete.class, Complete.Sync.class);
    }

    @Test
    void problems_whenTwinsAreMissingOrWrong_namesEachMethod() {
        assertThat(SyncTwins.problems(Broken.class, Broken.Sync.class)).containsExactly(
                "count(String) has a twin returning long, not java.lang.Integer",
                "get(String, int) has no twin",
                "odd() is @AsyncOnly without a reason");
    }

    /** An async type that follows the convention. */
    public static final class Complete {
        public CompletableFuture<String> get(String key) {
            return CompletableFuture.completedFuture(key);
        }

        public CompletableFuture<Void> delete(String key) {
            return CompletableFuture.completedFuture(null);
        }

        public CompletableFuture<List<String>> list(String prefix) {
            return CompletableFuture.completedFuture(List.of(prefix));
        }

        public CompletableFuture<Boolean> exists(String key) {
            return CompletableFuture.completedFuture(true);
        }

        @AsyncOnly("its argument is itself asynchronous")
        public CompletableFuture<String> compose(CompletableFuture<String> other) {
            return other;
        }

        public Sync sync() {
            return new Sync();
        }

        /** The view. */
        public static final class Sync {
            public String get(String key) {
                return key;
            }

            public void delete(String key) {
            }

            public List<String> list(String prefix) {
                return List.of(prefix);
            }

            public boolean exists(String key) {
                return true;
            }
        }
    }

    /** An async type whose view misses one twin, has a wrong one, and an unexplained exception. */
    public static final class Broken {
        public CompletableFuture<String> get(String key) {
            return CompletableFuture.completedFuture(key);
        }

        public CompletableFuture<String> get(String key, int version) {
            return CompletableFuture.completedFuture(key);
        }

        public CompletableFuture<Integer> count(String key) {
            return CompletableFuture.completedFuture(1);
        }

        @AsyncOnly(" ")
        public CompletableFuture<Void> odd() {
            return CompletableFuture.completedFuture(null);
        }

        public Sync sync() {
            return new Sync();
        }

        /** The incomplete view. */
        public static final class Sync {
            public String get(String key) {
                return key;
            }

            public long count(String key) {
                return 1L;
            }
        }
    }
}
