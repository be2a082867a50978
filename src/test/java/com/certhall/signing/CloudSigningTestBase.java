package com.certhall.signing;

import com.certhall.accounts.AccountsClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * What the cloud signing tests each start from (docs/signing.md): the server's REST client as a partner or a holder's
 * client calls it, the accounts (holders, partner admins, their SMS codes) and the holders of bid-cloud cloud
 * certificates. A test class extends it and keeps its own integration annotation.
 */
abstract class CloudSigningTestBase {

    @Autowired
    TestRestTemplate http;
    @Autowired
    AccountsClient accounts;
    @Autowired
    CloudHolders holders;
}
