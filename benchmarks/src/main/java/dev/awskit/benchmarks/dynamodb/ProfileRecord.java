package dev.awskit.benchmarks.dynamodb;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The same item as a plain record, as awskit users write it (the Enhanced Client has no schema for records without
 * a builder).
 */
public record ProfileRecord(String id, String name, String email, String city, String country, String status,
        String notes, String created, int age, int rank, int logins, long score, long visits, double ratio,
        double weight, BigDecimal balance, BigDecimal limit, boolean active, List<String> tags,
        Map<String, String> settings) {

    /** @return the item of {@link ProfileBean#sample()} */
    public static ProfileRecord sample() {
        ProfileBean p = ProfileBean.sample();
        return new ProfileRecord(p.getId(), p.getName(), p.getEmail(), p.getCity(), p.getCountry(), p.getStatus(),
                p.getNotes(), p.getCreated(), p.getAge(), p.getRank(), p.getLogins(), p.getScore(), p.getVisits(),
                p.getRatio(), p.getWeight(), p.getBalance(), p.getLimit(), p.isActive(), p.getTags(),
                p.getSettings());
    }
}
