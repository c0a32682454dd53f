package dev.awskit.examples.secrets;

import dev.awskit.core.AwsKitException;
import dev.awskit.core.SecretValue;
import dev.awskit.core.json.AwsKitJson;
import dev.awskit.examples.Scenario;
import dev.awskit.examples.ScenarioContext;
import dev.awskit.secrets.SecretCache;
import dev.awskit.testkit.FaultInjector;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;

/**
 * Seed 001, "Store secrets ... in a secrets manager" and "Rotate secrets frequently": a function reads its
 * database credentials from a JSON secret and opens a connection with the {@code password} field. The secret
 * is then rotated (a new AWSCURRENT version, as the rotation Lambda's last step leaves it) while the cached
 * copy still holds the old password; {@code withSecret} sees the database reject it, reads the secret once
 * more and connects with the new one.
 */
public final class DbCredentialsRotation implements Scenario {

    /** The secret's JSON shape, as the seed's CloudFormation stack stores it. */
    record DbCredentials(String username, String password, String host, String dbname) {
        @Override
        public String toString() {
            return "DbCredentials[username=" + username + ", password=redacted, host=" + host + ", dbname=" + dbname + "]";
        }
    }

    @Override
    public String name() {
        return "db-credentials-rotation";
    }

    @Override
    public String description() {
        return "DB credentials from a JSON secret, rotation picked up by withSecret's one retry (seed 001)";
    }

    @Override
    public void run(ScenarioContext ctx) throws FakeDatabase.AuthFailure {
        FaultInjector calls = FaultInjector.create();
        String secretId = ctx.uniqueName("prod/mysql");
        FakeDatabase database = new FakeDatabase("admin", "first-password");
        try (SecretsManagerAsyncClient client = ctx.settings().toBuilder().addInterceptor(calls).build()
                        .client(SecretsManagerAsyncClient.builder());
                SecretCache secrets = SecretCache.create(client)) {
            client.createSecret(r -> r.name(secretId).secretString(credentials("first-password"))).join();

            String first = secrets.sync().withSecret(secretId, FakeDatabase.AuthFailure.class::isInstance,
                    secret -> database.connect(AwsKitJson.read(secret.reveal(), DbCredentials.class)));
            ctx.say("connected: %s", first);

            // Rotation: the database takes a new password and the secret gets a new AWSCURRENT version.
            database.changePassword("second-password");
            client.putSecretValue(r -> r.secretId(secretId).secretString(credentials("second-password"))).join();
            ctx.say("rotated the secret and the database password (cached copy is now stale)");

            int readsBefore = calls.calls("GetSecretValue");
            String second = secrets.sync().withSecret(secretId, FakeDatabase.AuthFailure.class::isInstance,
                    secret -> database.connect(AwsKitJson.read(secret.reveal(), DbCredentials.class)));
            int reads = calls.calls("GetSecretValue") - readsBefore;
            ctx.say("connected after rotation: %s (%d GetSecretValue call for the retry)", second, reads);
            if (reads != 1 || database.rejected() != 1) {
                throw new AwsKitException("expected one rejected attempt and one re-read, got "
                        + database.rejected() + " rejection(s) and " + reads + " read(s)");
            }
            SecretValue password = secrets.sync().getField(secretId, "password");
            ctx.say("password field from the cache: %s (%d bytes)", password, password.length());
        }
    }

    private static String credentials(String password) {
        return AwsKitJson.write(new DbCredentials("admin", password, "mysql.internal", "exampledb"));
    }

    /** Stands in for the seed's RDS MySQL: accepts one user and password, counts rejections. */
    static final class FakeDatabase {
        private final String user;
        private volatile String password;
        private volatile int rejected;
        private volatile int connections;

        FakeDatabase(String user, String password) {
            this.user = user;
            this.password = password;
        }

        String connect(DbCredentials credentials) throws AuthFailure {
            if (!user.equals(credentials.username()) || !password.equals(credentials.password())) {
                rejected++;
                throw new AuthFailure("Access denied for user '" + credentials.username() + "'");
            }
            connections++;
            return "connection #" + connections + " to " + credentials.host() + "/" + credentials.dbname();
        }

        void changePassword(String newPassword) {
            password = newPassword;
        }

        int rejected() {
            return rejected;
        }

        /** What a JDBC driver's SQLInvalidAuthorizationSpecException means here. */
        static final class AuthFailure extends Exception {
            private static final long serialVersionUID = 1L;

            AuthFailure(String message) {
                super(message);
            }
        }
    }
}
