package com.certhall.invoicing.domain;

import com.certhall.invoicing.InvoicingProperties;
import com.certhall.invoicing.provider.TaxPlatform;
import com.certhall.orders.OrderManagement;
import java.time.Clock;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The invoice worker as {@code certhall.invoicing.platform=none} builds it (no {@link TaxPlatform} bean), made from
 * the shared test context's beans so that no context of its own is needed.
 */
public final class ManualWorkers {

    private ManualWorkers() {
    }

    public static InvoiceWorker withoutPlatform(ApplicationContext context) {
        return new InvoiceWorker(context.getBean(Invoices.class),
                new StaticListableBeanFactory().getBeanProvider(TaxPlatform.class),
                context.getBean(ManualInvoicing.class), context.getBean(OrderManagement.class),
                context.getBean(InvoiceRequests.class), context.getBean(InvoicingProperties.class),
                context.getBean(PlatformTransactionManager.class), context.getBean(Clock.class));
    }
}
