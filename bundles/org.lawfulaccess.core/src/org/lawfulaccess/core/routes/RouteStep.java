package org.lawfulaccess.core.routes;

import java.util.Objects;

import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Provision;

/**
 * One hop of a route: a request, order or disclosure under a provision, from an issuing
 * jurisdiction to an addressee.
 *
 * @param provision the provision the step relies on
 * @param issuerJurisdiction the jurisdiction whose authority issues the step
 * @param addressee the actor receiving it: the target provider, or an authority of the requested
 *        jurisdiction when one is modelled (a central authority, a designated point of contact);
 *        may be null when the model names the requested jurisdiction only
 * @param addresseeJurisdiction the jurisdiction of the addressee (a provider's seat); may be null
 *        when a provider's seat is not modelled
 * @param latency the expected time of this step alone
 */
public record RouteStep(Provision provision, Jurisdiction issuerJurisdiction, Actor addressee,
        Jurisdiction addresseeJurisdiction, Latency latency) {

    public RouteStep {
        Objects.requireNonNull(provision);
        Objects.requireNonNull(latency);
    }

    /** @return whether the step reaches a provider (rather than another authority) */
    public boolean isAddressedToProvider() {
        return addressee instanceof Provider;
    }
}
