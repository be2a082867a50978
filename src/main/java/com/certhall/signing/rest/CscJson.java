package com.certhall.signing.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Bodies of the CSC API v2.0.0.2 (docs/signing.md), named as the specification names them. */
final class CscJson {

    private CscJson() {
    }

    @Schema(name = "CscError", description = "CSC error: a code and an English description.")
    record Error(String error, @JsonProperty("error_description") String errorDescription) {
    }

    @Schema(name = "CscInfo")
    record Info(String specs, String name, String logo, String region, String lang, String description,
            List<String> authType, String oauth2, List<String> methods) {
    }

    @Schema(name = "CscListRequest")
    record ListRequest(@Nullable String userID, @Nullable Boolean credentialInfo, @Nullable String certificates,
            @Nullable Boolean certInfo, @Nullable Boolean authInfo, @Nullable Integer maxResults,
            @Nullable String pageToken, @Nullable String clientData) {
    }

    @Schema(name = "CscListResponse")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ListResponse(List<String> credentialIDs, @Nullable List<CredentialInfo> credentialInfos) {
    }

    @Schema(name = "CscInfoRequest")
    record InfoRequest(@Nullable String credentialID, @Nullable String certificates, @Nullable Boolean certInfo,
            @Nullable Boolean authInfo, @Nullable String lang, @Nullable String clientData) {
    }

    @Schema(name = "CscCredentialInfo")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CredentialInfo(@Nullable String credentialID, String description, Key key, Cert cert, @Nullable Auth auth,
            @JsonProperty("SCAL") String scal, int multisign, String lang) {
    }

    @Schema(name = "CscKey")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Key(@Schema(description = "enabled, or disabled when locked after wrong PINs") String status,
            List<String> algo, int len, @Nullable String curve) {
    }

    @Schema(name = "CscCert")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Cert(String status, @Nullable List<String> certificates, @Nullable String issuerDN,
            @Nullable String serialNumber, @Nullable String subjectDN, @Nullable String validFrom,
            @Nullable String validTo) {
    }

    @Schema(name = "CscAuth")
    record Auth(String mode, String expression, List<AuthObject> objects) {
    }

    @Schema(name = "CscAuthObject")
    record AuthObject(String type, String id, String format, String label, String description) {
    }

    @Schema(name = "CscAuthorizeRequest")
    record AuthorizeRequest(@Nullable String credentialID, @Nullable Integer numSignatures,
            @Nullable List<String> hashes, @Nullable String hashAlgorithmOID, @Nullable List<AuthDatum> authData,
            @Nullable String description, @Nullable String clientData) {
    }

    @Schema(name = "CscAuthData")
    record AuthDatum(@Nullable String id, @Nullable String value) {

        @Override
        public String toString() {
            return "AuthDatum[" + id + "]";
        }
    }

    @Schema(name = "CscAuthorizeResponse", description = "200: the SAD and its life in seconds. 202 (scan-to-sign): "
            + "a handle to poll with credentials/authorizeCheck and the link (qrUrl) to show the holder as a QR code.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AuthorizeResponse(@JsonProperty("SAD") @Nullable String sad, long expiresIn, @Nullable String handle,
            @Nullable String qrUrl) {

        @Override
        public String toString() {
            return "AuthorizeResponse[" + handle + "]";
        }
    }

    @Schema(name = "CscAuthorizeCheckRequest")
    record CheckRequest(@Nullable String handle) {
    }

    @Schema(name = "CscAuthorizeCheckResponse")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CheckResponse(@Schema(description = "pending or authorized") String status,
            @JsonProperty("SAD") @Nullable String sad, @Nullable Long expiresIn) {

        @Override
        public String toString() {
            return "CheckResponse[" + status + "]";
        }
    }

    @Schema(name = "CscSignHashRequest")
    record SignHashRequest(@Nullable String credentialID, @JsonProperty("SAD") @Nullable String sad,
            @Nullable List<String> hashes, @Nullable String hashAlgorithmOID, @Nullable String signAlgo,
            @Nullable String signAlgoParams, @Nullable String operationMode, @Nullable String clientData) {

        @Override
        public String toString() {
            return "SignHashRequest[" + credentialID + "]";
        }
    }

    @Schema(name = "CscSignHashResponse")
    record SignHashResponse(List<String> signatures) {

        private static final byte[] START = "{\"signatures\":[".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] END = "]}".getBytes(StandardCharsets.US_ASCII);

        /**
         * The answer's JSON as the application's writer makes it, written straight from the signatures' octets: a
         * Base64 string needs no escaping, so no string per signature is made and scanned.
         */
        static byte[] json(List<byte[]> signatures) {
            int length = START.length + END.length + Math.max(0, signatures.size() - 1);
            for (byte[] signature : signatures) {
                length += 2 + 4 * ((signature.length + 2) / 3);
            }
            byte[] json = new byte[length];
            System.arraycopy(START, 0, json, 0, START.length);
            int at = START.length;
            Base64.Encoder base64 = Base64.getEncoder();
            for (int i = 0; i < signatures.size(); i++) {
                if (i > 0) {
                    json[at++] = ',';
                }
                json[at++] = '"';
                byte[] text = base64.encode(signatures.get(i));
                System.arraycopy(text, 0, json, at, text.length);
                at += text.length;
                json[at++] = '"';
            }
            System.arraycopy(END, 0, json, at, END.length);
            return json;
        }
    }
}
