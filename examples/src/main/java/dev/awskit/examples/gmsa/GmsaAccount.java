package dev.awskit.examples.gmsa;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the credential spec says about a gMSA and its domain, as in seed 000's {@code AddKerberosLease} call:
 * the gMSA's name, the domain's DNS and NetBIOS names, its SID and the account's GUID.
 *
 * @param accountName the gMSA, e.g. {@code gmsamachines}
 * @param dnsName the domain's DNS name, e.g. {@code corp.example.com}
 * @param netBiosName the domain's NetBIOS name, e.g. {@code DEMOCORP}
 * @param sid the domain's SID, e.g. {@code S-1-5-21-1445507628-2856671781-3529916291}
 * @param guid the account's GUID
 */
public record GmsaAccount(String accountName, String dnsName, String netBiosName, String sid, String guid) {
    private static final Pattern SID = Pattern.compile("S-1-5-21(-\\d+){3}");
    private static final Pattern GUID = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,62}");

    /**
     * Checks every field, naming the one that is wrong.
     *
     * @param accountName the gMSA
     * @param dnsName the DNS domain
     * @param netBiosName the NetBIOS domain
     * @param sid the domain SID
     * @param guid the account GUID
     * @throws IllegalArgumentException naming the bad field and value
     */
    public GmsaAccount {
        check("accountName", accountName, NAME);
        check("dnsName", dnsName, NAME);
        check("netBiosName", netBiosName, NAME);
        check("sid", sid, SID);
        check("guid", guid, GUID);
    }

    private static void check(String field, String value, Pattern pattern) {
        if (!pattern.matcher(Objects.requireNonNull(value, field)).matches()) {
            throw new IllegalArgumentException(field + " is not valid: '" + value + "'");
        }
    }
}
