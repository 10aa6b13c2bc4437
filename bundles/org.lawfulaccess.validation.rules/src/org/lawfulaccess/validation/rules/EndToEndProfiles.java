/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.validation.rules;

import java.time.LocalDate;
import java.util.List;

import org.lawfulaccess.model.EncryptionModel;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.Service;

/**
 * What makes a service end-to-end encrypted, in one place for LA-ENC-02 and LA-ENC-03: an encryption
 * profile valid at the date whose model is end-to-end, by default or on demand. An on-demand profile
 * counts because the users who turn it on rely on it.
 */
final class EndToEndProfiles {

    private EndToEndProfiles() {
    }

    /**
     * @param model an encryption model, possibly null
     * @return whether it is end-to-end, by default or on demand
     */
    static boolean isEndToEnd(EncryptionModel model) {
        return model == EncryptionModel.E2E_DEFAULT || model == EncryptionModel.E2E_OPTIONAL;
    }

    /**
     * @param service a service
     * @param date the validation date
     * @return its end-to-end profiles valid at the date, in model order
     */
    static List<EncryptionProfile> of(Service service, LocalDate date) {
        return service.getEncryption().stream().filter(p -> p.isValidAt(date) && isEndToEnd(p.getModel())).toList();
    }
}
