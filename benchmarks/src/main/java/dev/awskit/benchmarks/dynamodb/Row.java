package dev.awskit.benchmarks.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** An item of the write benchmark (about 120 bytes): a bean for the Enhanced Client, mapped as is by awskit. */
@DynamoDbBean
public class Row {
    private String id;
    private String owner;
    private String payload;
    private long n;

    /** Creates an empty row (for the Enhanced Client). */
    public Row() {
    }

    Row(int i) {
        this.id = String.format("row-%06d", i);
        this.owner = "owner-" + (i % 97);
        this.payload = "payload of row " + i + " with some text to make it realistic";
        this.n = i;
    }

    @DynamoDbPartitionKey
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public String getPayload() { return payload; }
    public void setPayload(String payload) { this.payload = payload; }
    public long getN() { return n; }
    public void setN(long n) { this.n = n; }
}
