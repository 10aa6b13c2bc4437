package org.lawfulaccess.core.internal.routes;

import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Provision;

/** A step of a candidate path before it is assessed. */
record Hop(Provision provision, Jurisdiction issuer, Actor addressee, Jurisdiction addresseeJurisdiction) {
}
