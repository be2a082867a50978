package com.certhall.documents.provider;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the S3-compatible blob store ({@code certhall.documents.blob-store=s3}; docs/configuration.md).
 *
 * @param bucket          the bucket that holds the blobs (created beforehand by the operator)
 * @param endpoint        the service's root URL (MinIO, Ceph RGW, a cloud's S3-compatible service); empty: AWS's
 *                        regional endpoint
 * @param region          the signing region (SigV4), default {@code us-east-1}
 * @param pathStyle       {@code /bucket/key} URLs instead of {@code bucket.host/key}; default true, as most
 *                        self-hosted servers want
 * @param accessKeyId     the access key id; empty: the SDK's default chain (AWS_ACCESS_KEY_ID, instance role …)
 * @param secretAccessKey the secret key that signs requests (from the environment, never logged)
 * @param timeout         connect and read timeout, default 10 s
 */
@ConfigurationProperties("certhall.documents.s3")
public record S3BlobStoreProperties(String bucket, URI endpoint, String region, Boolean pathStyle,
        String accessKeyId, String secretAccessKey, Duration timeout) {

    public S3BlobStoreProperties {
        region = region == null || region.isBlank() ? "us-east-1" : region;
        pathStyle = pathStyle == null || pathStyle;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    @Override
    public String toString() {
        return "S3BlobStoreProperties[bucket=" + bucket + ", endpoint=" + endpoint + ", region=" + region
                + ", pathStyle=" + pathStyle + ", accessKeyId=" + accessKeyId + "]";
    }
}
