package org.lawfulaccess.core.generate;

import java.time.LocalDate;
import java.util.List;

import org.lawfulaccess.model.AddresseeRole;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.DualCriminality;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.LegalForce;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RouteKind;

/**
 * Creates provisions the same way for every kind of instrument: the legal properties route
 * reasoning reads (route kind, data categories, issuing roles, addressee, legal force, dual
 * criminality) are always set, and each provision cites its instrument's source by article.
 */
final class Provisions {

    private Provisions() {
    }

    static Provision create(GeneratorContext ctx, Instrument instrument, String name, RouteKind route, LocalDate inForce,
            List<DataCategory> categories, List<AuthorityKind> issuers, AddresseeRole addressee, LegalForce force,
            DualCriminality dualCriminality) {
        Provision provision = ctx.factory.createProvision();
        String article = ctx.names.article();
        provision.setName(name);
        provision.setLegalCitation(article);
        provision.setRouteKind(route);
        provision.getDataCategories().addAll(categories);
        provision.getIssuingRoles().addAll(issuers);
        provision.setAddresseeRole(addressee);
        provision.setLegalForce(force);
        provision.setDualCriminality(dualCriminality);
        provision.setValidFrom(inForce);
        ctx.cite(provision, ctx.instrumentSources.get(instrument), quote(name, addressee), article);
        instrument.getProvisions().add(provision);
        return provision;
    }

    @SuppressWarnings("nls") // made-up data, not user interface text
    private static String quote(String name, AddresseeRole addressee) {
        return name + ": the request is addressed to the " + GeneratorContext.words(addressee) + ".";
    }
}
