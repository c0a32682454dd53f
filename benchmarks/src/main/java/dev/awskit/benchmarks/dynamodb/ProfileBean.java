package dev.awskit.benchmarks.dynamodb;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * The 20-attribute item of the mapping benchmark as a mutable bean: the Enhanced Client's {@code fromBean} needs its
 * annotations; awskit's {@code ItemMapper} ignores them and maps the same class.
 */
@DynamoDbBean
public class ProfileBean {
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

    @DynamoDbPartitionKey
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getCreated() { return created; }
    public void setCreated(String created) { this.created = created; }
    public int getAge() { return age; }
    public void setAge(int age) { this.age = age; }
    public int getRank() { return rank; }
    public void setRank(int rank) { this.rank = rank; }
    public int getLogins() { return logins; }
    public void setLogins(int logins) { this.logins = logins; }
    public long getScore() { return score; }
    public void setScore(long score) { this.score = score; }
    public long getVisits() { return visits; }
    public void setVisits(long visits) { this.visits = visits; }
    public double getRatio() { return ratio; }
    public void setRatio(double ratio) { this.ratio = ratio; }
    public double getWeight() { return weight; }
    public void setWeight(double weight) { this.weight = weight; }
    public BigDecimal getBalance() { return balance; }
    public void setBalance(BigDecimal balance) { this.balance = balance; }
    public BigDecimal getLimit() { return limit; }
    public void setLimit(BigDecimal limit) { this.limit = limit; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<String> getTags() { return tags; }
    public void setTags(List<String> tags) { this.tags = tags; }
    public Map<String, String> getSettings() { return settings; }
    public void setSettings(Map<String, String> settings) { this.settings = settings; }

    /** @return a filled item */
    public static ProfileBean sample() {
        ProfileBean p = new ProfileBean();
        p.setId("user-0001");
        p.setName("Ann Example");
        p.setEmail("ann@example.com");
        p.setCity("Oslo");
        p.setCountry("NO");
        p.setStatus("active");
        p.setNotes("prefers email; renewed twice");
        p.setCreated("2026-01-02T03:04:05Z");
        p.setAge(41);
        p.setRank(7);
        p.setLogins(1234);
        p.setScore(9_876_543_210L);
        p.setVisits(42_000L);
        p.setRatio(0.25);
        p.setWeight(71.5);
        p.setBalance(new BigDecimal("1234.56"));
        p.setLimit(new BigDecimal("5000"));
        p.setActive(true);
        p.setTags(List.of("gold", "beta", "newsletter"));
        p.setSettings(Map.of("theme", "dark", "lang", "nb", "tz", "Europe/Oslo"));
        return p;
    }
}
