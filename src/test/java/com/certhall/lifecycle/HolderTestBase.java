package com.certhall.lifecycle;

import com.certhall.accounts.AccountsTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * What the tests of a holder's own certificate over REST each start from (docs/api.md): the server's REST client,
 * the SMS codes sent, and holders with an issued certificate ({@link CertificateHolders}). A test class extends it
 * and keeps its own integration annotation.
 */
abstract class HolderTestBase {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsTestSupport.Recorder recorder;
    @Autowired
    CertificateHolders holders;
}
