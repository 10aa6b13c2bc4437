package org.lawfulaccess.core.generate;

import java.time.LocalDate;

import org.lawfulaccess.model.DataCategory;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.Scenario;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.Urgency;

/**
 * Scenarios in pairs, after the 7-1155 case: first an IP address from a global provider (a service
 * of the jurisdiction's target provider, reachable through its policy, the MLAT with the provider's
 * seat, the global convention or a voluntary arrangement), then the subscriber behind it from a
 * domestic operator (reachable through the jurisdiction's own production order), depending on the
 * first so that elapsed time carries over.
 */
@SuppressWarnings("nls") // made-up data, not user interface text
final class ScenarioBuilder {

    private final GeneratorContext ctx;

    ScenarioBuilder(GeneratorContext ctx) {
        this.ctx = ctx;
    }

    void build() {
        for (JurisdictionData data : ctx.jurisdictions) {
            for (int k = 0; k < ctx.mix().scenarioPairsPerJurisdiction(); k++) {
                Scenario first = first(data, k);
                dependent(data, first, k);
            }
        }
    }

    private Scenario first(JurisdictionData data, int number) {
        Provider provider = data.target;
        Service service = provider.getServices().isEmpty() ? null : ctx.pick(provider.getServices());
        Scenario scenario = scenario(data, number, "a", service != null ? service.getName() : provider.getName());
        scenario.setRequestingAuthority(ctx.chance(70) ? data.police() : data.prosecution());
        if (service != null) {
            scenario.setTargetService(service);
        } else {
            scenario.setTargetProvider(provider);
        }
        scenario.setDataCategory(ctx.chance(75) ? DataCategory.TRAFFIC : DataCategory.SUBSCRIBER);
        int roll = ctx.nextInt(20);
        scenario.setUrgency(roll < 16 ? Urgency.ROUTINE : roll < 19 ? Urgency.URGENT : Urgency.IMMINENT_THREAT);
        LocalDate event = ctx.day(2022, 2024);
        scenario.setEventDate(event);
        scenario.setRequestDate(ctx.after(event, 90));
        return scenario;
    }

    private void dependent(JurisdictionData data, Scenario first, int number) {
        Provider operator = ctx.pick(data.operators);
        Scenario scenario = scenario(data, number, "b", operator.getName());
        scenario.setRequestingAuthority(data.prosecution());
        scenario.setTargetProvider(operator);
        scenario.setDataCategory(DataCategory.SUBSCRIBER);
        scenario.setUrgency(first.getUrgency());
        scenario.setOffence(first.getOffence());
        scenario.setEventDate(first.getEventDate());
        scenario.setRequestDate(ctx.after(first.getRequestDate(), 120));
        scenario.setDependsOn(first);
    }

    private Scenario scenario(JurisdictionData data, int number, String step, String target) {
        Scenario scenario = ctx.factory.createScenario();
        scenario.setName(data.code() + " case " + (number + 1) + step + ": " + target);
        scenario.setOffence(ctx.pick(data.criminalised));
        ctx.cite(scenario, ctx.assumptions, "Synthetic case for route analysis.", null);
        ctx.root.getScenarios().add(scenario);
        return scenario;
    }
}
