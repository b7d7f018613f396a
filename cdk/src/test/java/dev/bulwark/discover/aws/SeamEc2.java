package dev.bulwark.discover.aws;

import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/** A stand-in for one region's EC2 API at the SDK client interface; security groups come in pages. */
final class SeamEc2 implements Ec2Client {
    final Set<String> actions;
    List<List<SecurityGroup>> groupPages = List.of();
    List<Instance> instances = List.of();
    List<Image> images = List.of();
    /** Base64 user data by instance id, as DescribeInstanceAttribute returns it. */
    Map<String, String> userData = Map.of();
    String failWith;

    SeamEc2(Set<String> actions) {
        this.actions = actions;
    }

    private void call(String action) {
        actions.add("ec2:" + action);
        if (failWith != null) {
            throw AwsServiceException.builder().statusCode(401).awsErrorDetails(AwsErrorDetails.builder()
                    .errorCode(failWith).errorMessage("AWS was not able to validate the provided access credentials")
                    .build()).build();
        }
    }

    @Override
    public DescribeSecurityGroupsResponse describeSecurityGroups(DescribeSecurityGroupsRequest request) {
        call("DescribeSecurityGroups");
        int page = request.nextToken() == null ? 0 : Integer.parseInt(request.nextToken());
        List<SecurityGroup> groups = groupPages.isEmpty() ? List.of() : groupPages.get(page);
        String next = page + 1 < groupPages.size() ? Integer.toString(page + 1) : null;
        return DescribeSecurityGroupsResponse.builder().securityGroups(groups).nextToken(next).build();
    }

    @Override
    public DescribeInstancesResponse describeInstances(DescribeInstancesRequest request) {
        call("DescribeInstances");
        return DescribeInstancesResponse.builder().reservations(Reservation.builder().instances(instances).build())
                .build();
    }

    @Override
    public DescribeImagesResponse describeImages(DescribeImagesRequest request) {
        call("DescribeImages");
        return DescribeImagesResponse.builder().images(images.stream()
                .filter(i -> request.imageIds().contains(i.imageId())).toList()).build();
    }

    @Override
    public DescribeInstanceAttributeResponse describeInstanceAttribute(DescribeInstanceAttributeRequest request) {
        call("DescribeInstanceAttribute");
        if (!"userData".equals(request.attributeAsString())) {
            throw new IllegalArgumentException("the inventory reads only userData, not " + request.attribute());
        }
        String data = userData.get(request.instanceId());
        return DescribeInstanceAttributeResponse.builder().instanceId(request.instanceId())
                .userData(data == null ? null : AttributeValue.builder().value(data).build()).build();
    }

    @Override
    public String serviceName() {
        return "ec2";
    }

    @Override
    public void close() {
    }
}
