package com.certhall.documents.provider;

import com.certhall.documents.DocumentStoreUnavailableException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects in an S3-compatible bucket ({@code certhall.documents.blob-store=s3}), so that every node of a
 * cluster reads what another wrote (docs/deployment.md, "Several nodes"). Objects are written with
 * {@code If-None-Match: *}, so a key is taken once even when two nodes race for it. Requests are signed with
 * AWS Signature Version 4 over the whole payload (no aws-chunked encoding, no trailing checksums), which every
 * S3-compatible server accepts.
 */
@Component
@ConditionalOnProperty(name = "certhall.documents.blob-store", havingValue = "s3")
class S3BlobStore implements BlobStore, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(S3BlobStore.class);

    private final S3Client s3;
    private final String bucket;

    S3BlobStore(S3BlobStoreProperties properties) {
        if (properties.bucket() == null || properties.bucket().isBlank()) {
            throw new IllegalStateException("certhall.documents.blob-store=s3 needs certhall.documents.s3.bucket "
                    + "(CERTHALL_DOCUMENTS_S3_BUCKET)");
        }
        this.bucket = properties.bucket();
        this.s3 = client(properties);
    }

    private static S3Client client(S3BlobStoreProperties properties) {
        var builder = S3Client.builder()
                .region(Region.of(properties.region()))
                .credentialsProvider(credentials(properties))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(properties.timeout())
                        .socketTimeout(properties.timeout()))
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(properties.pathStyle())
                        .chunkedEncodingEnabled(false)
                        .build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        URI endpoint = properties.endpoint();
        if (endpoint != null && !endpoint.toString().isBlank()) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(S3BlobStoreProperties properties) {
        boolean id = properties.accessKeyId() != null && !properties.accessKeyId().isBlank();
        boolean secret = properties.secretAccessKey() != null && !properties.secretAccessKey().isBlank();
        if (id != secret) {
            throw new IllegalStateException("certhall.documents.s3.access-key-id and .secret-access-key "
                    + "(CERTHALL_DOCUMENTS_S3_ACCESSKEYID, _SECRETACCESSKEY) go together: set both or neither");
        }
        return id ? StaticCredentialsProvider.create(AwsBasicCredentials.create(properties.accessKeyId(),
                properties.secretAccessKey())) : DefaultCredentialsProvider.builder().build();
    }

    @Override
    public void put(String key, byte[] bytes) {
        BlobStore.requireValidKey(key);
        try {
            s3.putObject(request -> request.bucket(bucket).key(key).ifNoneMatch("*")
                    .contentType("application/octet-stream"), RequestBody.fromBytes(bytes));
        } catch (S3Exception e) {
            if (e.statusCode() == 412) {
                throw new IllegalStateException("blob key already taken: " + key, e);
            }
            throw refused("write", key, e);
        } catch (SdkClientException e) {
            throw unreachable("write", key, e);
        }
    }

    @Override
    public byte[] get(String key) {
        BlobStore.requireValidKey(key);
        try {
            return s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new BlobNotFoundException(key);
            }
            throw refused("read", key, e);
        } catch (SdkClientException e) {
            throw unreachable("read", key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        BlobStore.requireValidKey(key);
        try {
            s3.headObject(request -> request.bucket(bucket).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw refused("look up", key, e);
        } catch (SdkClientException e) {
            throw unreachable("look up", key, e);
        }
    }

    private DocumentStoreUnavailableException refused(String action, String key, S3Exception e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String hint = e.statusCode() == 403 ? "; check certhall.documents.s3.access-key-id/secret-access-key and "
                + "the bucket policy" : "";
        String reason = "S3 bucket " + bucket + " refused to " + action + " " + key + ": HTTP " + e.statusCode()
                + (code == null ? "" : " " + code) + hint;
        log.error(reason);
        return new DocumentStoreUnavailableException(reason, e);
    }

    private DocumentStoreUnavailableException unreachable(String action, String key, SdkClientException e) {
        String reason = "S3 bucket " + bucket + " unreachable to " + action + " " + key + ": " + e.getMessage();
        log.error(reason);
        return new DocumentStoreUnavailableException(reason, e);
    }

    @Override
    public void destroy() {
        s3.close();
    }
}
