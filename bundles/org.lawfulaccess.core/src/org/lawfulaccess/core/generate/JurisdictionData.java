package org.lawfulaccess.core.generate;

import java.util.ArrayList;
import java.util.List;

import org.lawfulaccess.model.Authority;
import org.lawfulaccess.model.DomesticObligation;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Offence;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.TelecomOperator;

/** One jurisdiction and what the later builders need to know about it while generating. */
final class JurisdictionData {

    final int index;
    final Jurisdiction jurisdiction;
    /** An official text (the journal), an official answer (parliament) and a press article. */
    final Source[] sources = new Source[Plan.SOURCES_PER_JURISDICTION];
    /** Police, prosecution, judiciary, central authority, then the others of the mix. */
    final List<Authority> authorities = new ArrayList<>();
    final List<TelecomOperator> operators = new ArrayList<>();
    final List<Offence> criminalised = new ArrayList<>();
    DomesticObligation production;
    DomesticObligation retention;
    /** The hub this jurisdiction has a mutual legal assistance treaty with. */
    Jurisdiction partner;
    /** A provider seated at the partner: what this jurisdiction's scenarios ask for data. */
    Provider target;

    JurisdictionData(int index, Jurisdiction jurisdiction) {
        this.index = index;
        this.jurisdiction = jurisdiction;
    }

    Authority police() {
        return authorities.get(0);
    }

    Authority prosecution() {
        return authorities.get(1);
    }

    Authority centralAuthority() {
        return authorities.get(3);
    }

    /** @return the last authority: defence, intelligence, a ministry or a regulator with the standard mix */
    Authority lastAuthority() {
        return authorities.get(authorities.size() - 1);
    }

    String code() {
        return jurisdiction.getCode();
    }

    Source officialText() {
        return sources[0];
    }

    Source officialAnswer() {
        return sources[1];
    }

    Source press() {
        return sources[2];
    }
}
