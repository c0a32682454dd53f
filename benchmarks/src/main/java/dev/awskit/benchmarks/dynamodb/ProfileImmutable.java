package dev.awskit.benchmarks.dynamodb;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** The same item as an immutable class with a builder, as the Enhanced Client's {@code fromImmutableClass} wants. */
@DynamoDbImmutable(builder = ProfileImmutable.Builder.class)
public final class ProfileImmutable {
    private final String id;
    private final String name;
    private final String email;
    private final String city;
    private final String country;
    private final String status;
    private final String notes;
    private final String created;
    private final int age;
    private final int rank;
    private final int logins;
    private final long score;
    private final long visits;
    private final double ratio;
    private final double weight;
    private final BigDecimal balance;
    private final BigDecimal limit;
    private final boolean active;
    private final List<String> tags;
    private final Map<String, String> settings;

    private ProfileImmutable(Builder b) {
        id = b.id; name = b.name; email = b.email; city = b.city; country = b.country; status = b.status;
        notes = b.notes; created = b.created; age = b.age; rank = b.rank; logins = b.logins; score = b.score;
        visits = b.visits; ratio = b.ratio; weight = b.weight; balance = b.balance; limit = b.limit;
        active = b.active; tags = b.tags; settings = b.settings;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the item of {@link ProfileBean#sample()} */
    public static ProfileImmutable sample() {
        ProfileBean p = ProfileBean.sample();
        return builder().id(p.getId()).name(p.getName()).email(p.getEmail()).city(p.getCity()).country(p.getCountry())
                .status(p.getStatus()).notes(p.getNotes()).created(p.getCreated()).age(p.getAge()).rank(p.getRank())
                .logins(p.getLogins()).score(p.getScore()).visits(p.getVisits()).ratio(p.getRatio())
                .weight(p.getWeight()).balance(p.getBalance()).limit(p.getLimit()).active(p.isActive())
                .tags(p.getTags()).settings(p.getSettings()).build();
    }

    @DynamoDbPartitionKey
    public String id() { return id; }
    public String name() { return name; }
    public String email() { return email; }
    public String city() { return city; }
    public String country() { return country; }
    public String status() { return status; }
    public String notes() { return notes; }
    public String created() { return created; }
    public int age() { return age; }
    public int rank() { return rank; }
    public int logins() { return logins; }
    public long score() { return score; }
    public long visits() { return visits; }
    public double ratio() { return ratio; }
    public double weight() { return weight; }
    public BigDecimal balance() { return balance; }
    public BigDecimal limit() { return limit; }
    public boolean active() { return active; }
    public List<String> tags() { return tags; }
    public Map<String, String> settings() { return settings; }

    /** The builder the Enhanced Client fills. */
    public static final class Builder {
        private String id;
        private String name;
        private String email;
        private String city;
        private String country;
        private String status;
        private String notes;
        private String created;
        private int age;
        private int rank;
        private int logins;
        private long score;
        private long visits;
        private double ratio;
        private double weight;
        private BigDecimal balance;
        private BigDecimal limit;
        private boolean active;
        private List<String> tags;
        private Map<String, String> settings;

        public Builder id(String v) { id = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder city(String v) { city = v; return this; }
        public Builder country(String v) { country = v; return this; }
        public Builder status(String v) { status = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder created(String v) { created = v; return this; }
        public Builder age(int v) { age = v; return this; }
        public Builder rank(int v) { rank = v; return this; }
        public Builder logins(int v) { logins = v; return this; }
        public Builder score(long v) { score = v; return this; }
        public Builder visits(long v) { visits = v; return this; }
        public Builder ratio(double v) { ratio = v; return this; }
        public Builder weight(double v) { weight = v; return this; }
        public Builder balance(BigDecimal v) { balance = v; return this; }
        public Builder limit(BigDecimal v) { limit = v; return this; }
        public Builder active(boolean v) { active = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder settings(Map<String, String> v) { settings = v; return this; }

        public ProfileImmutable build() { return new ProfileImmutable(this); }
    }
}
