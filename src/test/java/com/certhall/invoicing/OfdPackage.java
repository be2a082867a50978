package com.certhall.invoicing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads an OFD package (GB/T 33190-2016) as its zip entries and namespaced XML parts, for assertions. */
public final class OfdPackage {

    public static final String NS = "http://www.ofdspec.org/2016";

    private OfdPackage() {
    }

    public static Map<String, byte[]> entries(byte[] ofd) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ofd))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** The part parsed with namespaces (no DTDs); fails when it is missing or not well-formed. */
    public static Document xml(Map<String, byte[]> entries, String name) throws Exception {
        byte[] part = entries.get(name);
        if (part == null) {
            throw new AssertionError("the package has no " + name + ": " + entries.keySet());
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(part));
    }

    public static List<String> texts(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS(NS, localName);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** Every {@code ID} attribute in the package's XML parts. */
    public static List<Integer> ids(Map<String, byte[]> entries) throws Exception {
        List<Integer> ids = new ArrayList<>();
        for (String name : entries.keySet()) {
            if (name.endsWith(".xml") && !name.contains("Attachs/original")) {
                NodeList all = xml(entries, name).getElementsByTagNameNS(NS, "*");
                for (int i = 0; i < all.getLength(); i++) {
                    String id = ((Element) all.item(i)).getAttribute("ID");
                    if (!id.isEmpty() && !"Attachment".equals(all.item(i).getLocalName())) {
                        ids.add(Integer.valueOf(id));
                    }
                }
            }
        }
        return ids;
    }
}
