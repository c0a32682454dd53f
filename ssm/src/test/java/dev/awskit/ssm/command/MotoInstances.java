package dev.awskit.ssm.command;

import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;

/** Launches EC2 instances in moto for Run Command tests. */
final class MotoInstances {
    private final Ec2Client ec2;
    private final String image;

    /** Looks the image up once: moto's {@code DescribeImages} takes seconds, and its images survive a reset. */
    MotoInstances(Ec2Client ec2) {
        this.ec2 = ec2;
        this.image = ec2.describeImages(r -> r.maxResults(5)).images().get(0).imageId();
    }

    /** Launches {@code count} instances tagged {@code env=<env>} and returns their ids. */
    List<String> launch(String env, int count) {
        return ec2.runInstances(r -> r.imageId(image).minCount(count).maxCount(count)
                        .tagSpecifications(t -> t.resourceType("instance").tags(tag -> tag.key("env").value(env))))
                .instances().stream().map(Instance::instanceId).toList();
    }
}
