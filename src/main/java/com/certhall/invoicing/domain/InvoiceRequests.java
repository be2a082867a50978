package com.certhall.invoicing.domain;

import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ProductSpec;
import com.certhall.invoicing.InvoicingProperties;
import com.certhall.invoicing.provider.TaxPlatform.InvoiceRequest;
import com.certhall.invoicing.provider.TaxPlatform.Item;
import com.certhall.invoicing.provider.TaxPlatform.Party;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderDraft;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a blue invoice of an order says: the buyer as the applicant entered it on the invoice step (the title is the
 * subject's name, not editable), one item per order line with the line's tax split (see {@link TaxArithmetic}), the
 * order number as remark. Each item carries its product's tax classification code as staff set it in the catalog,
 * or the configured default (docs/invoicing.md "Tax classification codes").
 */
@Component
class InvoiceRequests {

    private final InvoicingProperties properties;
    private final CatalogManagement catalog;

    InvoiceRequests(InvoicingProperties properties, CatalogManagement catalog) {
        this.properties = properties;
        this.catalog = catalog;
    }

    InvoiceRequest blue(String serialNo, OrderDetails order) {
        OrderDraft.InvoiceInfo info = order.draft().invoice();
        return blue(serialNo, order, info.title(), info.taxNumber());
    }

    /** As the order says, but made out to {@code buyerName} and {@code buyerTaxNumber} (a corrected title). */
    InvoiceRequest blue(String serialNo, OrderDetails order, String buyerName, String buyerTaxNumber) {
        OrderDraft.InvoiceInfo info = order.draft().invoice();
        InvoicingProperties.ItemRule rule = properties.item();
        List<Item> items = new ArrayList<>();
        long amount = 0;
        long tax = 0;
        for (OrderDraft.OrderLine line : order.draft().lines()) {
            if (line.totalFen() <= 0) {
                continue;
            }
            TaxArithmetic.Split split = TaxArithmetic.split(line.totalFen(), rule.ratePercent());
            items.add(new Item("*" + rule.category() + "*" + line.productName(),
                    taxCode(order.order().channel(), line.productCode(), rule),
                    line.years() + "年", rule.unit(), line.quantity(), split.amountFen(), rule.ratePercent(),
                    split.taxFen()));
            amount += split.amountFen();
            tax += split.taxFen();
        }
        InvoicingProperties.Seller s = properties.seller();
        Party seller = new Party(s.name(), s.taxNumber(), s.addressPhone(), s.bankAccount());
        Party buyer = new Party(buyerName, buyerTaxNumber, join(info.address(), info.phone()),
                join(info.bankName(), info.bankAccount()));
        return new InvoiceRequest(serialNo, seller, buyer, items, amount, tax, "订单号 " + order.order().number(),
                s.drawer());
    }

    /** The product's own code; the default when it has none or the channel no longer offers it. */
    private String taxCode(String channel, String productCode, InvoicingProperties.ItemRule rule) {
        try {
            ProductSpec product = catalog.product(channel, productCode);
            return product.taxCode() == null ? rule.taxCode() : product.taxCode();
        } catch (NotFoundException | InvalidInputException e) {
            return rule.taxCode();
        }
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).trim();
    }
}
