/**
 * The platform's HTTP API as TypeScript types, generated from the OpenAPI document that the route
 * table produces (packages/functions/src/platform/openapi.ts), in process: no server involved.
 * Do not edit: run `npm run generate:api` after changing a route or one of its schemas.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the function answers (touches nothing else) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers (503 SERVICE_UNAVAILABLE with Retry-After when it does not) */
        get: operations["getHealthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI 3.1 document */
        get: operations["getOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/villages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List villages */
        get: operations["getVillages"];
        put?: never;
        /** Register a village */
        post: operations["postVillages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/villages/{villageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One village */
        get: operations["getVillagesVillageId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suppliers: every one, newest first, with its staff accounts (admins), or those the caller is staff of (suppliers) */
        get: operations["getSuppliers"];
        put?: never;
        /** Register a supplier */
        post: operations["postSuppliers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suppliers/{supplierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One supplier */
        get: operations["getSuppliersSupplierId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suppliers/{supplierId}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A supplier's products in any state, pending ones included, newest first (its own staff and admins) */
        get: operations["getSuppliersSupplierIdProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products whose certification is valid today */
        get: operations["getProducts"];
        put?: never;
        /** Add a product, pending certification */
        post: operations["postProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{productId}/certification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the product's certification (认定) */
        put: operations["putProductsProductIdCertification"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One listed product (admins and the supplier's staff see any) */
        get: operations["getProductsProductId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change price, stock, name, category, unit or description */
        patch: operations["patchProductsProductId"];
        trace?: never;
    };
    "/products/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products awaiting certification (认定), oldest first */
        get: operations["getProductsPending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/expiring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Listed products whose certificate ends within withinDays days, soonest first */
        get: operations["getProductsExpiring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The buyer's own orders (admins: all), newest first */
        get: operations["getOrders"];
        put?: never;
        /** Place an order: prices locked, stock reserved, a Stripe PaymentIntent created */
        post: operations["postOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order (its buyer or an admin) */
        get: operations["getOrdersOrderId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{orderId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an unpaid order: the PaymentIntent is cancelled and the stock released once */
        post: operations["postOrdersOrderIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{orderId}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund part or all of a paid order through Stripe; the village credit is reversed when Stripe reports it */
        post: operations["postOrdersOrderIdRefunds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stripe webhook events, verified by their Stripe-Signature */
        post: operations["postWebhooksStripe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/villages/{villageId}/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A village's credited sales per month */
        get: operations["getReportsVillagesVillageIdSales"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credited sales grouped by province, county or village over a period */
        get: operations["getReportsSales"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/sales/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same with every month of the period: each row's months and every row's summed per month (CSV: one line per row and month with sales) */
        get: operations["getReportsSalesMonthly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enterprises an account manages, oldest first: the caller's own (administrators: any account's, by ownerId) */
        get: operations["getEnterprises"];
        put?: never;
        /** Register an enterprise by its unified social credit code (an enterprise user registering it owns it) */
        post: operations["postEnterprises"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/{enterpriseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One enterprise */
        get: operations["getEnterprisesEnterpriseId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the pairings of an enterprise or of a village */
        get: operations["getPairings"];
        put?: never;
        /** Pair an enterprise with a village (one active pairing per enterprise and village) */
        post: operations["postPairings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One pairing with its committed and delivered totals */
        get: operations["getPairingsPairingId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairingId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an active pairing */
        post: operations["postPairingsPairingIdEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pairings/{pairingId}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pairing's ledger of contributions, by date */
        get: operations["getPairingsPairingIdContributions"];
        put?: never;
        /** Record help delivered under an active pairing */
        post: operations["postPairingsPairingIdContributions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enterprises, villages, pairings, money committed and delivered, people helped: platform-wide, per province, per county or per enterprise */
        get: operations["getReportsPairings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/pairings/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same figures for every province, or for every county of one province (?province=), by name */
        get: operations["getReportsPairingsRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Households of the caller's area by county, township, village, monitoring status and category, page by page */
        get: operations["getHouseholds"];
        put?: never;
        /** Register a household in the clerk's area (resident ids are kept only as keyed hashes and masked) */
        post: operations["postHouseholds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{householdId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One household with its members (ids masked); 404 outside the caller's area */
        get: operations["getHouseholdsHouseholdId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the registry record with a reason: a new version keeps who, when and why */
        patch: operations["patchHouseholdsHouseholdId"];
        trace?: never;
    };
    "/households/{householdId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the household's record, newest first */
        get: operations["getHouseholdsHouseholdIdVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring/settings/{county}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The county's monitoring rules: its monitoring line by year, early-warning thresholds, lead deadline, notice period and measure deadline (defaults until it sets its own) */
        get: operations["getMonitoringSettingsCounty"];
        /** Replace the county's monitoring rules (its own county staff or a national administrator) */
        put: operations["putMonitoringSettingsCounty"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{householdId}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The household's support measures in the order they were recorded */
        get: operations["getHouseholdsHouseholdIdMeasures"];
        put?: never;
        /** Record a support measure (帮扶措施) for a household being identified or monitored: its kind, money per period, dates, responsible cadre; a prevention_claim links the household's approved claim */
        post: operations["postHouseholdsHouseholdIdMeasures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{householdId}/measures/{measureId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a measure in effect, with its last day and the reason */
        post: operations["postHouseholdsHouseholdIdMeasuresMeasureIdEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitoring/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monitored households of the caller's area with no support measure in effect past the county's deadline after confirmation, longest overdue first */
        get: operations["getMonitoringFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monitoring figures of a county or township: households by status, category and township; households identified and removed, leads raised and overdue by month; measures by kind with their money */
        get: operations["getReportsMonitoring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assessments of the caller's area by county, township, status and kind (or one household's), newest first, page by page */
        get: operations["getAssessments"];
        put?: never;
        /** Open an identification (识别, taking up an open risk lead: the lead becomes assessing) or a risk removal (风险消除, of a monitored household); the household moves to identifying/removing; one assessment at a time per household (409 ASSESSMENT_IN_PROGRESS) */
        post: operations["postAssessments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assessments/{assessmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assessment with its timeline (every step: who, when, what), its objections (contacts masked) and the next steps the caller may take now (nextSteps: allowed, or blockedBy) */
        get: operations["getAssessmentsAssessmentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assessments/{assessmentId}/visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the home visit (入户核实): at least two visitors, findings, the household's signed consent (422 CONSENT_REQUIRED without); a removal's checks must all hold (422 REMOVAL_CHECKS_FAILED); each step by a different person (403 SEPARATION_OF_DUTIES) */
        post: operations["postAssessmentsAssessmentIdVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assessments/{assessmentId}/village-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the village review (评议): pass goes on to the public notice, fail ends the assessment and the household goes back */
        post: operations["postAssessmentsAssessmentIdVillage-review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assessments/{assessmentId}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the public notice (公示) in the village: from startsOn (today or past, never future) for at least the county's noticeMinDays; it goes on the public board */
        post: operations["postAssessmentsAssessmentIdNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assessments/{assessmentId}/township-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the township's review, by staff of the household's township or county: pass goes to the county, fail ends the assessment */
        post: operations["postAssessmentsAssessmentIdTownship-review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assessments/{assessmentId}/county-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The county's confirmation or rejection, by county-level staff (403 FORBIDDEN for township staff); refused before the notice period ends (422 NOTICE_PERIOD_NOT_OVER), while an objection awaits a finding (422 OBJECTION_UNRESOLVED), and a confirmation after an upheld one (422 OBJECTION_UPHELD). Confirmed: the household becomes a 监测对象 from today (or its monitoring period closes, for a removal) */
        post: operations["postAssessmentsAssessmentIdCounty-decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assessments/{assessmentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an assessment in progress: the household goes back, its lead back to the inbox, its notice off the board */
        post: operations["postAssessmentsAssessmentIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assessments/{assessmentId}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an objection heard in the village during the notice period (422 OUTSIDE_NOTICE_PERIOD otherwise); it blocks the county's confirmation until the township's finding */
        post: operations["postAssessmentsAssessmentIdObjections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assessments/{assessmentId}/objections/{objectionId}/finding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the township's finding on an objection, once: not_upheld, it no longer blocks; upheld, the county may only reject */
        post: operations["postAssessmentsAssessmentIdObjectionsObjectionIdFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The county's public notice board (公示), no sign-in: identifications and risk removals in their notice period, claims in their 公示 before the township's review (claim_proposal, with the proposed amount; open to objections), then claims approved within the county's notice period; names masked (张*国), village, category or cause, amount for claims, never a resident id, phone, bank account, member list or health detail */
        get: operations["getPublicNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/notices/{noticeId}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File an objection to an identification, removal or claim (claim_proposal) notice while it is up (an objection to a claim joins the claim's objections and holds its township review until answered; 404 for an id that is no notice) (422 OUTSIDE_NOTICE_PERIOD otherwise; 422 OBJECTION_LIMIT_REACHED past 10 a day from one address or 200 on an identification/removal notice, 30 on a claim's); the optional contact is kept encrypted and never shown publicly; the receipt echoes nothing filed */
        post: operations["postPublicNoticesNoticeIdObjections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risk-leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The township's (or county's) inbox: unresolved leads soonest due first; ?status=, ?source=, ?overdue=true, ?township=, ?householdId= */
        get: operations["getRisk-leads"];
        put?: never;
        /** Record a risk lead (风险线索) for a household of the caller's area: its own report, a cadre's visit (reportedOn may be a past day) or one department record; due the county's lead deadline after reportedOn */
        post: operations["postRisk-leads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risk-leads/{leadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One lead; 404 outside the caller's area */
        get: operations["getRisk-leadsLeadId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risk-leads/{leadId}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss an open lead with the reason (409 INVALID_STATE once taken up or resolved) */
        post: operations["postRisk-leadsLeadIdDismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/department-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a department's batch (JSON rows, or a CSV file's text with amounts in yuan): rows matched to the county's households by resident-id hash, a lead raised for each household over the county's early-warning rules; the same batch again raises nothing (200) */
        post: operations["postDepartment-batches"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemes/{schemeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scheme's current version (or ?version=) with its pool balance and paid total */
        get: operations["getSchemesSchemeId"];
        /** Set a scheme's rules and limits: each PUT creates a new immutable version */
        put: operations["putSchemesSchemeId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List schemes by id (of one county with ?county=), each in its current version with its pool balance and paid total */
        get: operations["getSchemes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemes/{schemeId}/top-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scheme's top-ups, newest first */
        get: operations["getSchemesSchemeIdTop-ups"];
        put?: never;
        /** Add money to the scheme's pool (premium, budget, donations) */
        post: operations["postSchemesSchemeIdTop-ups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the claims of the caller's area, newest first, by status and/or scheme (or of one county for province and city staff) */
        get: operations["getClaims"];
        put?: never;
        /** File a claim; eligibility is checked against the scheme's current version */
        post: operations["postClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What POST /claims would answer for the same body, without writing: its refusals (NOT_ELIGIBLE, OUTSIDE_COVERAGE_PERIOD, …) or the payout its approval would commit now, step by step, and whether the pool covers it */
        post: operations["postClaimsPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One claim with its payout, the caps that applied and its history */
        get: operations["getClaimsClaimId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What approving the open claim would pay now, step by step: the approval's own computation over the claim as filed and the usage as it stands, and its refusals (NOT_ELIGIBLE, CAP_EXHAUSTED, …); 409 INVALID_STATE once approved, paid or rejected. Reads only (a GET: nothing to send, nothing written) */
        get: operations["getClaimsClaimIdPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review a submitted claim: pass (→ reviewed) or reject */
        post: operations["postClaimsClaimIdReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a reviewed claim and commit its payout within the caps and the pool (maker-checker) */
        post: operations["postClaimsClaimIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a submitted or reviewed claim */
        post: operations["postClaimsClaimIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/disburse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retired: answers 410 PAID_BY_BATCH and writes nothing. Claims are paid only through payment batches made by finance (POST /payment-batches), a line the bank confirmed paying its claim (POST /payment-batches/{batchId}/lines/{claimId})
         * @deprecated
         */
        post: operations["postClaimsClaimIdDisburse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claims by status, households paid, people covered, money paid and left in the pool */
        get: operations["getReportsClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/home-visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the home visit (入户核查): at least two visitors and their findings; by someone who took no other step on the claim */
        post: operations["postClaimsClaimIdHome-visit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/village-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the village review (村级评议): pass moves the claim to its notice, reject ends it */
        post: operations["postClaimsClaimIdVillage-review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the public notice (公示) for the county's minimum days; the township reviews after it ends */
        post: operations["postClaimsClaimIdNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an objection received while the notice runs */
        post: operations["postClaimsClaimIdObjections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/objections/{objectionId}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The township's finding on an objection: upheld, the claim can only be rejected */
        post: operations["postClaimsClaimIdObjectionsObjectionIdResolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's public holidays and weekend working days (weekdays only when none were entered) */
        get: operations["getCalendarsYear"];
        /** Set a year's public holidays and weekend working days, from the State Council's notice */
        put: operations["putCalendarsYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemes/{schemeId}/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scheme's fund in a year (the open one by default): money raised by source, the year's figures (premiums, raised, payouts, the insurer's fee, the settlement's result, or as they stand), the running totals with receivableFen (what payouts drew beyond an insurance pool, owed by the county), and the year's ledger, oldest first */
        get: operations["getSchemesSchemeIdFunds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemes/{schemeId}/fund-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the insurer's service fee (basis points of payouts; 422 SCHEME_KIND_MISMATCH on a relief fund) and what a year-end surplus becomes (carry_forward or return_to_treasury) */
        put: operations["putSchemesSchemeIdFund-settings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemes/{schemeId}/premiums": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an insurance scheme's premium for the open fund year: per-person premium × insured headcount, into the pool with its ledger entry (422 SCHEME_KIND_MISMATCH on a relief fund) */
        post: operations["postSchemesSchemeIdPremiums"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemes/{schemeId}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record money raised for the fund from a source (county_budget 县财政, township 乡镇, donation 社会捐赠, social_assistance 社会救助资金, other), into the pool with its ledger entry */
        post: operations["postSchemesSchemeIdContributions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemes/{schemeId}/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Settle the open fund year (多退少补): premiums + raised + top-ups + brought forward − payouts − the insurer's fee; a shortfall is topped up by the county, a surplus carried forward or returned to the treasury, as ledger entries in one transaction; once per year (409 ALREADY_SETTLED), in order (422 SETTLEMENT_OUT_OF_ORDER) */
        post: operations["postSchemesSchemeIdSettlements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/claims/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 防贫保险金发放明细表 as counties file it, CSV or XLSX (?format=): one row per approved or paid claim of the scheme in the caller's area (序号, 乡镇, 村, 户主姓名, 身份证号 masked, 救助对象, 申请原因, 事发日期, 医疗总费用, 已报销, 自付, 赔付金额 in 元, 审批日期, 发放状态, 备注) and a total row; XLSX with a title row, widths and yuan as numbers; 422 EXPORT_TOO_LARGE past 20,000 rows */
        get: operations["getReportsClaimsPayouts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/claims/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示名单: the county's claims on public notice today (as GET /public/notices shows them: names masked, village, cause, amount, notice days), CSV or XLSX (?format=) with a total row; 404 for a county outside the caller's area */
        get: operations["getReportsClaimsNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The claim's documents, oldest first, with the kinds its cause requires and those still missing before review */
        get: operations["getClaimsClaimIdDocuments"];
        put?: never;
        /** Declare a document of an undecided claim (kind, file name, PDF/JPEG/PNG, size up to 20 MB, SHA-256) and get a pre-signed URL to PUT exactly that file to, for 15 minutes */
        post: operations["postClaimsClaimIdDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/documents/{documentId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the uploaded file against its declaration and keep it for good, a document_confirmed event in the claim's history (422 DOCUMENT_MISMATCH discards a different file; 409 DOCUMENT_NOT_PENDING once confirmed: a new version is a new document) */
        post: operations["postClaimsClaimIdDocumentsDocumentIdConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/documents/{documentId}/url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pre-signed URL to view a confirmed document for 5 minutes; each one issued is logged as a view (who, when, which document) and as a document_viewed event in the claim's history */
        get: operations["getClaimsClaimIdDocumentsDocumentIdUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/documents/{documentId}/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who viewed the document and when, newest first */
        get: operations["getClaimsClaimIdDocumentsDocumentIdViews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{householdId}/payment-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The household's payment account, masked, with its earlier versions (who changed it, when and why); 404 when none is on file */
        get: operations["getHouseholdsHouseholdIdPayment-account"];
        /** Set the account the household's aid is paid to (一卡通, 社会保障卡 or bank card; the head's or a member's, with the SMS phone): stored encrypted, answered masked (**** 1234); replacing one needs a reason, kept in its history with who and when */
        put: operations["putHouseholdsHouseholdIdPayment-account"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemes/{schemeId}/payable-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scheme's approved claims in the caller's area, newest first, each with its account on file (masked) and the open batch already paying it */
        get: operations["getSchemesSchemeIdPayable-claims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payment batches of a scheme (?schemeId=) or of the caller's county, newest first */
        get: operations["getPayment-batches"];
        put?: never;
        /** A payment batch of approved claims of one scheme in the finance officer's county (at most 49), one line per claim, in one transaction: 422 CLAIMS_NOT_PAYABLE lists each claim not approved, without an account, in an open batch or already paid; 403 SEPARATION_OF_DUTIES for a claim the caller filed, reviewed or approved; a claim is in at most one open batch, whatever runs concurrently */
        post: operations["postPayment-batches"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-batches/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment batch with its lines (accounts masked), figures by outcome and who downloaded its bank file */
        get: operations["getPayment-batchesBatchId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-batches/{batchId}/bank-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The batch's bank file (CSV, UTF-8 with BOM: 序号, 乡镇, 村, 户主姓名, 身份证号 masked, 收款人, 账号, 金额(元), 摘要): the one place full account numbers appear; every download is logged */
        get: operations["getPayment-batchesBatchIdBank-file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-batches/{batchId}/lines/{claimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record what the bank said of a line: sent; succeeded (the claim becomes paid, recording the batch and bank reference, and the household's SMS is queued, in one transaction); returned with the bank's reason (the claim's payment reopens for a new batch). The same outcome again answers the line as it is; a contradicting one is 409 LINE_OUTCOME_CONFLICT */
        post: operations["postPayment-batchesBatchIdLinesClaimId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/claims/{claimId}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The SMS notices of a claim (approved, paid): status queued, sent or failed (no phone on file), the text, the phone masked */
        get: operations["getClaimsClaimIdNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: {
        /** @description Error */
        Error: {
            headers: {
                /** @description the language of `error.message` */
                "Content-Language"?: "en" | "zh-CN";
                /** @description Accept-Language: the message depends on it */
                Vary?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        /** @description stable machine-readable code, one of: VALIDATION_FAILED, IDEMPOTENCY_KEY_REQUIRED, INVALID_SIGNATURE, UNAUTHENTICATED, FORBIDDEN, SEPARATION_OF_DUTIES, AREA_REQUIRED, READ_ONLY_AREA, NOT_FOUND, DUPLICATE, OUT_OF_STOCK, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS, INVALID_STATE, CONCURRENT_UPDATE, ORDER_NOT_PAID_YET, VERSION_CONFLICT, ASSESSMENT_IN_PROGRESS, LINE_OUTCOME_CONFLICT, ALREADY_SETTLED, DOCUMENT_NOT_PENDING, DOCUMENT_NOT_CONFIRMED, POSSIBLE_DUPLICATE, PAID_BY_BATCH, PAYLOAD_TOO_LARGE, REFERENCE_NOT_FOUND, PRODUCT_NOT_LISTED, ORDER_TOO_LARGE, PAYMENT_REJECTED, REFUND_EXCEEDS_PAYMENT, REFUND_REJECTED, ENDED_BEFORE_START, VILLAGE_OUTSIDE_SUPPLIER_COUNTY, NOT_ELIGIBLE, POOL_INSUFFICIENT, CAP_EXHAUSTED, OUTSIDE_COVERAGE_PERIOD, CONSENT_REQUIRED, REMOVAL_CHECKS_FAILED, NOTICE_PERIOD_NOT_OVER, OBJECTION_UNRESOLVED, OBJECTION_UPHELD, OUTSIDE_NOTICE_PERIOD, OBJECTION_LIMIT_REACHED, CLAIM_OF_OTHER_HOUSEHOLD, CLAIMS_NOT_PAYABLE, SCHEME_KIND_MISMATCH, SETTLEMENT_OUT_OF_ORDER, EXPORT_TOO_LARGE, DOCUMENTS_MISSING, DOCUMENT_MISMATCH, DOCUMENT_NOT_UPLOADED, DOCUMENT_LIMIT_REACHED, MEMBER_REQUIRED, INTERNAL, SERVICE_UNAVAILABLE, PAYMENT_PROVIDER_UNAVAILABLE */
                        code: string;
                        /** @description for people: English, or Chinese (amounts in 元) when Accept-Language prefers zh-CN; never branch on it */
                        message: string;
                        /** @description structured facts of the refusal (amounts in fen, limits, states), the same in every language */
                        details?: ({
                            /** @description the field at fault, e.g. body.items.0.quantity */
                            path?: string;
                            /** @description English */
                            message: string;
                            /** @description VALIDATION_FAILED: what is wrong, by name (required, too_small, not_one_of, …) */
                            issue?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
        };
    };
    parameters: {
        /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
        AcceptLanguage: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ok";
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getHealthReady: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ready";
                        /** @constant */
                        database: "reachable";
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getOpenapiJson: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getVillages: {
        parameters: {
            query?: {
                county?: string;
                /** @description text contained in the village's name or its township's, e.g. 石堂 */
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 村, e.g. 小石堂村 */
                            name: string;
                            /** @description 省, e.g. 山东省 */
                            province: string;
                            /** @description 市, e.g. 德州市 */
                            city: string;
                            /** @description 县/区, e.g. 夏津县 */
                            county: string;
                            /** @description 乡/镇, e.g. 苏留庄镇 */
                            township: string;
                            villageId: string;
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postVillages: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 村, e.g. 小石堂村 */
                    name: string;
                    /** @description 省, e.g. 山东省 */
                    province: string;
                    /** @description 市, e.g. 德州市 */
                    city: string;
                    /** @description 县/区, e.g. 夏津县 */
                    county: string;
                    /** @description 乡/镇, e.g. 苏留庄镇 */
                    township: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 村, e.g. 小石堂村 */
                        name: string;
                        /** @description 省, e.g. 山东省 */
                        province: string;
                        /** @description 市, e.g. 德州市 */
                        city: string;
                        /** @description 县/区, e.g. 夏津县 */
                        county: string;
                        /** @description 乡/镇, e.g. 苏留庄镇 */
                        township: string;
                        villageId: string;
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getVillagesVillageId: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                villageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 村, e.g. 小石堂村 */
                        name: string;
                        /** @description 省, e.g. 山东省 */
                        province: string;
                        /** @description 市, e.g. 德州市 */
                        city: string;
                        /** @description 县/区, e.g. 夏津县 */
                        county: string;
                        /** @description 乡/镇, e.g. 苏留庄镇 */
                        township: string;
                        villageId: string;
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getSuppliers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            supplierId: string;
                            name: string;
                            /** @enum {string} */
                            kind: "enterprise" | "cooperative" | "village_collective" | "family_farm";
                            villageId: string;
                            createdAt: string;
                            /** @description the staff accounts (token `sub`); shown to administrators only */
                            accountIds?: string[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postSuppliers: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @description enterprise 企业, cooperative 合作社, village_collective 村集体, family_farm 家庭农场
                     * @enum {string}
                     */
                    kind: "enterprise" | "cooperative" | "village_collective" | "family_farm";
                    villageId: string;
                    /**
                     * @description ids (token `sub`) of the supplier's staff accounts, who may manage its products
                     * @default []
                     */
                    accountIds?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        supplierId: string;
                        name: string;
                        /** @enum {string} */
                        kind: "enterprise" | "cooperative" | "village_collective" | "family_farm";
                        villageId: string;
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getSuppliersSupplierId: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        supplierId: string;
                        name: string;
                        /** @enum {string} */
                        kind: "enterprise" | "cooperative" | "village_collective" | "family_farm";
                        villageId: string;
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getSuppliersSupplierIdProducts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                supplierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            productId: string;
                            supplierId: string;
                            villageId: string;
                            origin: {
                                province: string;
                                city: string;
                                county: string;
                                township: string;
                                village: string;
                            };
                            name: string;
                            category: string;
                            unit: string;
                            priceFen: number;
                            stock: number;
                            povertyLink: {
                                /**
                                 * @description wages 务工带贫, asset_income 资产收益, business_income 产业带动
                                 * @enum {string}
                                 */
                                mode: "wages" | "asset_income" | "business_income";
                                /** @description number of poor households linked */
                                households: number;
                            };
                            description?: string;
                            /** @enum {string} */
                            status: "pending_certification" | "listed" | "expired" | "not_yet_valid";
                            certification: {
                                certificateNo: string;
                                /** @enum {string} */
                                authorityLevel: "county" | "province" | "national";
                                /** @description issuing authority, e.g. 夏津县扶贫开发领导小组办公室 */
                                authority: string;
                                /** @description e.g. 德州市第一批扶贫产品目录 */
                                catalogBatch: string;
                                issuedOn: string;
                                validUntil: string;
                            } | null;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getProducts: {
        parameters: {
            query?: {
                category?: string;
                /** @description 省, e.g. 山东省 */
                province?: string;
                county?: string;
                villageId?: string;
                /** @description text contained in the name, category or place */
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            productId: string;
                            supplierId: string;
                            villageId: string;
                            origin: {
                                province: string;
                                city: string;
                                county: string;
                                township: string;
                                village: string;
                            };
                            name: string;
                            category: string;
                            unit: string;
                            priceFen: number;
                            stock: number;
                            povertyLink: {
                                /**
                                 * @description wages 务工带贫, asset_income 资产收益, business_income 产业带动
                                 * @enum {string}
                                 */
                                mode: "wages" | "asset_income" | "business_income";
                                /** @description number of poor households linked */
                                households: number;
                            };
                            description?: string;
                            /** @enum {string} */
                            status: "pending_certification" | "listed" | "expired" | "not_yet_valid";
                            certification: {
                                certificateNo: string;
                                /** @enum {string} */
                                authorityLevel: "county" | "province" | "national";
                                /** @description issuing authority, e.g. 夏津县扶贫开发领导小组办公室 */
                                authority: string;
                                /** @description e.g. 德州市第一批扶贫产品目录 */
                                catalogBatch: string;
                                issuedOn: string;
                                validUntil: string;
                            } | null;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postProducts: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    supplierId: string;
                    villageId: string;
                    name: string;
                    /** @description e.g. 粮油, 果蔬, 畜禽肉蛋, 茶叶 */
                    category: string;
                    /** @description e.g. 500g/袋 */
                    unit: string;
                    priceFen: number;
                    stock: number;
                    povertyLink: {
                        /**
                         * @description wages 务工带贫, asset_income 资产收益, business_income 产业带动
                         * @enum {string}
                         */
                        mode: "wages" | "asset_income" | "business_income";
                        /** @description number of poor households linked */
                        households: number;
                    };
                    /** @description what the product is and how it is made, for buyers; may span lines */
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        productId: string;
                        supplierId: string;
                        villageId: string;
                        origin: {
                            province: string;
                            city: string;
                            county: string;
                            township: string;
                            village: string;
                        };
                        name: string;
                        category: string;
                        unit: string;
                        priceFen: number;
                        stock: number;
                        povertyLink: {
                            /**
                             * @description wages 务工带贫, asset_income 资产收益, business_income 产业带动
                             * @enum {string}
                             */
                            mode: "wages" | "asset_income" | "business_income";
                            /** @description number of poor households linked */
                            households: number;
                        };
                        description?: string;
                        /** @enum {string} */
                        status: "pending_certification" | "listed" | "expired" | "not_yet_valid";
                        certification: {
                            certificateNo: string;
                            /** @enum {string} */
                            authorityLevel: "county" | "province" | "national";
                            /** @description issuing authority, e.g. 夏津县扶贫开发领导小组办公室 */
                            authority: string;
                            /** @description e.g. 德州市第一批扶贫产品目录 */
                            catalogBatch: string;
                            issuedOn: string;
                            validUntil: string;
                        } | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    putProductsProductIdCertification: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    certificateNo: string;
                    /** @enum {string} */
                    authorityLevel: "county" | "province" | "national";
                    /** @description issuing authority, e.g. 夏津县扶贫开发领导小组办公室 */
                    authority: string;
                    /** @description e.g. 德州市第一批扶贫产品目录 */
                    catalogBatch: string;
                    issuedOn: string;
                    validUntil: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        productId: string;
                        supplierId: string;
                        villageId: string;
                        origin: {
                            province: string;
                            city: string;
                            county: string;
                            township: string;
                            village: string;
                        };
                        name: string;
                        category: string;
                        unit: string;
                        priceFen: number;
                        stock: number;
                        povertyLink: {
                            /**
                             * @description wages 务工带贫, asset_income 资产收益, business_income 产业带动
                             * @enum {string}
                             */
                            mode: "wages" | "asset_income" | "business_income";
                            /** @description number of poor households linked */
                            households: number;
                        };
                        description?: string;
                        /** @enum {string} */
                        status: "pending_certification" | "listed" | "expired" | "not_yet_valid";
                        certification: {
                            certificateNo: string;
                            /** @enum {string} */
                            authorityLevel: "county" | "province" | "national";
                            /** @description issuing authority, e.g. 夏津县扶贫开发领导小组办公室 */
                            authority: string;
                            /** @description e.g. 德州市第一批扶贫产品目录 */
                            catalogBatch: string;
                            issuedOn: string;
                            validUntil: string;
                        } | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getProductsProductId: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        productId: string;
                        supplierId: string;
                        villageId: string;
                        origin: {
                            province: string;
                            city: string;
                            county: string;
                            township: string;
                            village: string;
                        };
                        name: string;
                        category: string;
                        unit: string;
                        priceFen: number;
                        stock: number;
                        povertyLink: {
                            /**
                             * @description wages 务工带贫, asset_income 资产收益, business_income 产业带动
                             * @enum {string}
                             */
                            mode: "wages" | "asset_income" | "business_income";
                            /** @description number of poor households linked */
                            households: number;
                        };
                        description?: string;
                        /** @enum {string} */
                        status: "pending_certification" | "listed" | "expired" | "not_yet_valid";
                        certification: {
                            certificateNo: string;
                            /** @enum {string} */
                            authorityLevel: "county" | "province" | "national";
                            /** @description issuing authority, e.g. 夏津县扶贫开发领导小组办公室 */
                            authority: string;
                            /** @description e.g. 德州市第一批扶贫产品目录 */
                            catalogBatch: string;
                            issuedOn: string;
                            validUntil: string;
                        } | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    patchProductsProductId: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    category?: string;
                    unit?: string;
                    priceFen?: number;
                    description?: string;
                    /** @description the stock, set outright */
                    stock?: number;
                    /** @description restock (+) or write off (−) units, added atomically to whatever the stock is then */
                    stockDelta?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        productId: string;
                        supplierId: string;
                        villageId: string;
                        origin: {
                            province: string;
                            city: string;
                            county: string;
                            township: string;
                            village: string;
                        };
                        name: string;
                        category: string;
                        unit: string;
                        priceFen: number;
                        stock: number;
                        povertyLink: {
                            /**
                             * @description wages 务工带贫, asset_income 资产收益, business_income 产业带动
                             * @enum {string}
                             */
                            mode: "wages" | "asset_income" | "business_income";
                            /** @description number of poor households linked */
                            households: number;
                        };
                        description?: string;
                        /** @enum {string} */
                        status: "pending_certification" | "listed" | "expired" | "not_yet_valid";
                        certification: {
                            certificateNo: string;
                            /** @enum {string} */
                            authorityLevel: "county" | "province" | "national";
                            /** @description issuing authority, e.g. 夏津县扶贫开发领导小组办公室 */
                            authority: string;
                            /** @description e.g. 德州市第一批扶贫产品目录 */
                            catalogBatch: string;
                            issuedOn: string;
                            validUntil: string;
                        } | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getProductsPending: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            productId: string;
                            supplierId: string;
                            villageId: string;
                            origin: {
                                province: string;
                                city: string;
                                county: string;
                                township: string;
                                village: string;
                            };
                            name: string;
                            category: string;
                            unit: string;
                            priceFen: number;
                            stock: number;
                            povertyLink: {
                                /**
                                 * @description wages 务工带贫, asset_income 资产收益, business_income 产业带动
                                 * @enum {string}
                                 */
                                mode: "wages" | "asset_income" | "business_income";
                                /** @description number of poor households linked */
                                households: number;
                            };
                            description?: string;
                            /** @enum {string} */
                            status: "pending_certification" | "listed" | "expired" | "not_yet_valid";
                            certification: {
                                certificateNo: string;
                                /** @enum {string} */
                                authorityLevel: "county" | "province" | "national";
                                /** @description issuing authority, e.g. 夏津县扶贫开发领导小组办公室 */
                                authority: string;
                                /** @description e.g. 德州市第一批扶贫产品目录 */
                                catalogBatch: string;
                                issuedOn: string;
                                validUntil: string;
                            } | null;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getProductsExpiring: {
        parameters: {
            query?: {
                /** @description listed products whose certificate ends today or within this many days after today */
                withinDays?: number;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            productId: string;
                            supplierId: string;
                            villageId: string;
                            origin: {
                                province: string;
                                city: string;
                                county: string;
                                township: string;
                                village: string;
                            };
                            name: string;
                            category: string;
                            unit: string;
                            priceFen: number;
                            stock: number;
                            povertyLink: {
                                /**
                                 * @description wages 务工带贫, asset_income 资产收益, business_income 产业带动
                                 * @enum {string}
                                 */
                                mode: "wages" | "asset_income" | "business_income";
                                /** @description number of poor households linked */
                                households: number;
                            };
                            description?: string;
                            /** @enum {string} */
                            status: "pending_certification" | "listed" | "expired" | "not_yet_valid";
                            certification: {
                                certificateNo: string;
                                /** @enum {string} */
                                authorityLevel: "county" | "province" | "national";
                                /** @description issuing authority, e.g. 夏津县扶贫开发领导小组办公室 */
                                authority: string;
                                /** @description e.g. 德州市第一批扶贫产品目录 */
                                catalogBatch: string;
                                issuedOn: string;
                                validUntil: string;
                            } | null;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getOrders: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            orderId: string;
                            buyerId: string;
                            /** @enum {string} */
                            status: "pending_payment" | "paid" | "payment_failed" | "cancelled" | "partially_refunded" | "refunded";
                            totalFen: number;
                            /** @constant */
                            currency: "cny";
                            items: {
                                productId: string;
                                name: string;
                                unit: string;
                                quantity: number;
                                unitPriceFen: number;
                                lineFen: number;
                                villageId: string;
                                village: string;
                                county: string;
                                province: string;
                            }[];
                            paidFen: number;
                            refundedFen: number;
                            refundRequestedFen: number;
                            payment: {
                                /** @constant */
                                provider: "stripe";
                                paymentIntentId: string;
                                clientSecret?: string;
                            } | null;
                            creditMonth: string | null;
                            /** @description when the payment succeeded; absent until then */
                            paidAt?: string;
                            /** @description why the platform closed an unpaid order, e.g. payment_timeout */
                            closedReason?: string;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postOrders: {
        parameters: {
            query?: never;
            header: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description same key and body → the same result; same key, other body → 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        productId: string;
                        quantity: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        orderId: string;
                        buyerId: string;
                        /** @enum {string} */
                        status: "pending_payment" | "paid" | "payment_failed" | "cancelled" | "partially_refunded" | "refunded";
                        totalFen: number;
                        /** @constant */
                        currency: "cny";
                        items: {
                            productId: string;
                            name: string;
                            unit: string;
                            quantity: number;
                            unitPriceFen: number;
                            lineFen: number;
                            villageId: string;
                            village: string;
                            county: string;
                            province: string;
                        }[];
                        paidFen: number;
                        refundedFen: number;
                        refundRequestedFen: number;
                        payment: {
                            /** @constant */
                            provider: "stripe";
                            paymentIntentId: string;
                            clientSecret?: string;
                        } | null;
                        creditMonth: string | null;
                        /** @description when the payment succeeded; absent until then */
                        paidAt?: string;
                        /** @description why the platform closed an unpaid order, e.g. payment_timeout */
                        closedReason?: string;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getOrdersOrderId: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        orderId: string;
                        buyerId: string;
                        /** @enum {string} */
                        status: "pending_payment" | "paid" | "payment_failed" | "cancelled" | "partially_refunded" | "refunded";
                        totalFen: number;
                        /** @constant */
                        currency: "cny";
                        items: {
                            productId: string;
                            name: string;
                            unit: string;
                            quantity: number;
                            unitPriceFen: number;
                            lineFen: number;
                            villageId: string;
                            village: string;
                            county: string;
                            province: string;
                        }[];
                        paidFen: number;
                        refundedFen: number;
                        refundRequestedFen: number;
                        payment: {
                            /** @constant */
                            provider: "stripe";
                            paymentIntentId: string;
                            clientSecret?: string;
                        } | null;
                        creditMonth: string | null;
                        /** @description when the payment succeeded; absent until then */
                        paidAt?: string;
                        /** @description why the platform closed an unpaid order, e.g. payment_timeout */
                        closedReason?: string;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postOrdersOrderIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        orderId: string;
                        buyerId: string;
                        /** @enum {string} */
                        status: "pending_payment" | "paid" | "payment_failed" | "cancelled" | "partially_refunded" | "refunded";
                        totalFen: number;
                        /** @constant */
                        currency: "cny";
                        items: {
                            productId: string;
                            name: string;
                            unit: string;
                            quantity: number;
                            unitPriceFen: number;
                            lineFen: number;
                            villageId: string;
                            village: string;
                            county: string;
                            province: string;
                        }[];
                        paidFen: number;
                        refundedFen: number;
                        refundRequestedFen: number;
                        payment: {
                            /** @constant */
                            provider: "stripe";
                            paymentIntentId: string;
                            clientSecret?: string;
                        } | null;
                        creditMonth: string | null;
                        /** @description when the payment succeeded; absent until then */
                        paidAt?: string;
                        /** @description why the platform closed an unpaid order, e.g. payment_timeout */
                        closedReason?: string;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postOrdersOrderIdRefunds: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description same key and body → the same result; same key, other body → 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountFen: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        refundId: string;
                        orderId: string;
                        amountFen: number;
                        reason: string;
                        stripeRefundId: string;
                        status: string;
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postWebhooksStripe: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        received: true;
                        outcome: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getReportsVillagesVillageIdSales: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                villageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        villageId: string;
                        /** @description the first month of the period, YYYY-MM */
                        from: string;
                        /** @description the last month of the period, YYYY-MM */
                        to: string;
                        totalFen: number;
                        months: {
                            month: string;
                            creditedFen: number;
                            orders: number;
                        }[];
                    };
                    "text/csv": string;
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getReportsSales: {
        parameters: {
            query?: {
                /** @description province: one row per province (key: its name); county: per county (key: province/county); village: per village (key: its id) */
                groupBy?: "province" | "county" | "village";
                from?: string;
                to?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description province: one row per province (key: its name); county: per county (key: province/county); village: per village (key: its id)
                         * @enum {string}
                         */
                        groupBy: "province" | "county" | "village";
                        from: string;
                        to: string;
                        rows: {
                            key: string;
                            name: string;
                            creditedFen: number;
                            orders: number;
                        }[];
                        totalFen: number;
                    };
                    "text/csv": string;
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getReportsSalesMonthly: {
        parameters: {
            query?: {
                /** @description province: one row per province (key: its name); county: per county (key: province/county); village: per village (key: its id) */
                groupBy?: "province" | "county" | "village";
                from?: string;
                to?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description province: one row per province (key: its name); county: per county (key: province/county); village: per village (key: its id)
                         * @enum {string}
                         */
                        groupBy: "province" | "county" | "village";
                        /** @description the first month of the period, YYYY-MM */
                        from: string;
                        /** @description the last month of the period, YYYY-MM */
                        to: string;
                        /** @description every row summed, for every month of the period, in order */
                        months: {
                            month: string;
                            creditedFen: number;
                            orders: number;
                        }[];
                        /** @description largest sales first */
                        rows: {
                            key: string;
                            name: string;
                            creditedFen: number;
                            orders: number;
                            /** @description every month of the period, in order, months without sales included as zeros */
                            months: {
                                month: string;
                                creditedFen: number;
                                orders: number;
                            }[];
                        }[];
                        totalFen: number;
                    };
                    "text/csv": string;
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getEnterprises: {
        parameters: {
            query?: {
                /** @description the account (token `sub`) whose enterprises to list: by default the caller; another account's, administrators only */
                ownerId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            enterpriseId: string;
                            name: string;
                            creditCode: string;
                            province: string;
                            city: string;
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postEnterprises: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description registered name, e.g. 德州黑马集团有限公司 */
                    name: string;
                    /** @description 18-character unified social credit code (统一社会信用代码) with a valid GB 32100 check character */
                    creditCode: string;
                    /** @description 省 of registration, e.g. 山东省 */
                    province: string;
                    /** @description 市 of registration, e.g. 德州市 */
                    city: string;
                    /**
                     * @description ids (token `sub`) of the enterprise's accounts that may manage its pairings; an enterprise user registering it is always one
                     * @default []
                     */
                    ownerIds?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enterpriseId: string;
                        name: string;
                        creditCode: string;
                        province: string;
                        city: string;
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getEnterprisesEnterpriseId: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                enterpriseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enterpriseId: string;
                        name: string;
                        creditCode: string;
                        province: string;
                        city: string;
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getPairings: {
        parameters: {
            query?: {
                /** @description the pairings of one enterprise (give exactly one of enterpriseId, villageId) */
                enterpriseId?: string;
                /** @description the pairings of one village (give exactly one of enterpriseId, villageId) */
                villageId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            pairingId: string;
                            enterpriseId: string;
                            enterpriseName: string;
                            villageId: string;
                            village: {
                                name: string;
                                province: string;
                                city: string;
                                county: string;
                                township: string;
                            };
                            supportTypes: ("industry" | "employment" | "consumption" | "public_welfare" | "skills" | "trade")[];
                            /** @enum {string} */
                            status: "active" | "ended";
                            /** @description money committed */
                            committedFen: number;
                            /** @description money delivered so far: the sum of the ledger */
                            deliveredFen: number;
                            /** @description people helped so far: the sum of the ledger */
                            peopleHelped: number;
                            /** @description entries in the ledger */
                            contributions: number;
                            /** @description project names recorded in the ledger */
                            projects: number;
                            startedOn: string;
                            endedOn: string | null;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postPairings: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enterpriseId: string;
                    villageId: string;
                    /** @description 帮扶方式, one or more of: industry 产业, employment 就业, consumption 消费, public_welfare 公益, skills 智力/技能, trade 商贸 */
                    supportTypes: ("industry" | "employment" | "consumption" | "public_welfare" | "skills" | "trade")[];
                    /** @description money committed (承诺) in fen; what is delivered is recorded as contributions */
                    committedFen: number;
                    startedOn: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pairingId: string;
                        enterpriseId: string;
                        enterpriseName: string;
                        villageId: string;
                        village: {
                            name: string;
                            province: string;
                            city: string;
                            county: string;
                            township: string;
                        };
                        supportTypes: ("industry" | "employment" | "consumption" | "public_welfare" | "skills" | "trade")[];
                        /** @enum {string} */
                        status: "active" | "ended";
                        /** @description money committed */
                        committedFen: number;
                        /** @description money delivered so far: the sum of the ledger */
                        deliveredFen: number;
                        /** @description people helped so far: the sum of the ledger */
                        peopleHelped: number;
                        /** @description entries in the ledger */
                        contributions: number;
                        /** @description project names recorded in the ledger */
                        projects: number;
                        startedOn: string;
                        endedOn: string | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getPairingsPairingId: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                pairingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pairingId: string;
                        enterpriseId: string;
                        enterpriseName: string;
                        villageId: string;
                        village: {
                            name: string;
                            province: string;
                            city: string;
                            county: string;
                            township: string;
                        };
                        supportTypes: ("industry" | "employment" | "consumption" | "public_welfare" | "skills" | "trade")[];
                        /** @enum {string} */
                        status: "active" | "ended";
                        /** @description money committed */
                        committedFen: number;
                        /** @description money delivered so far: the sum of the ledger */
                        deliveredFen: number;
                        /** @description people helped so far: the sum of the ledger */
                        peopleHelped: number;
                        /** @description entries in the ledger */
                        contributions: number;
                        /** @description project names recorded in the ledger */
                        projects: number;
                        startedOn: string;
                        endedOn: string | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postPairingsPairingIdEnd: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                pairingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    endedOn: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pairingId: string;
                        enterpriseId: string;
                        enterpriseName: string;
                        villageId: string;
                        village: {
                            name: string;
                            province: string;
                            city: string;
                            county: string;
                            township: string;
                        };
                        supportTypes: ("industry" | "employment" | "consumption" | "public_welfare" | "skills" | "trade")[];
                        /** @enum {string} */
                        status: "active" | "ended";
                        /** @description money committed */
                        committedFen: number;
                        /** @description money delivered so far: the sum of the ledger */
                        deliveredFen: number;
                        /** @description people helped so far: the sum of the ledger */
                        peopleHelped: number;
                        /** @description entries in the ledger */
                        contributions: number;
                        /** @description project names recorded in the ledger */
                        projects: number;
                        startedOn: string;
                        endedOn: string | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getPairingsPairingIdContributions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                pairingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            contributionId: string;
                            pairingId: string;
                            date: string;
                            /**
                             * @description support type: industry 产业, employment 就业, consumption 消费, public_welfare 公益, skills 智力/技能, trade 商贸
                             * @enum {string}
                             */
                            type: "industry" | "employment" | "consumption" | "public_welfare" | "skills" | "trade";
                            amountFen: number;
                            peopleHelped: number;
                            projects: string[];
                            note: string | null;
                            recordedBy: string;
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postPairingsPairingIdContributions: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                pairingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the day the help was delivered */
                    date: string;
                    /**
                     * @description support type: industry 产业, employment 就业, consumption 消费, public_welfare 公益, skills 智力/技能, trade 商贸
                     * @enum {string}
                     */
                    type: "industry" | "employment" | "consumption" | "public_welfare" | "skills" | "trade";
                    /** @description money delivered (投入) in fen; 0 for help in kind */
                    amountFen: number;
                    /** @description people who benefited (帮扶人数) */
                    peopleHelped: number;
                    /**
                     * @description names of the projects (项目) this delivery belongs to
                     * @default []
                     */
                    projects?: string[];
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contributionId: string;
                        pairingId: string;
                        date: string;
                        /**
                         * @description support type: industry 产业, employment 就业, consumption 消费, public_welfare 公益, skills 智力/技能, trade 商贸
                         * @enum {string}
                         */
                        type: "industry" | "employment" | "consumption" | "public_welfare" | "skills" | "trade";
                        amountFen: number;
                        peopleHelped: number;
                        projects: string[];
                        note: string | null;
                        recordedBy: string;
                        createdAt: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getReportsPairings: {
        parameters: {
            query?: {
                /** @description 省: the figures of one province; with county, of that province's county */
                province?: string;
                /** @description 县/区: the figures of one county. With province, exactly that county; alone, every county of that name (names repeat across provinces, e.g. 鼓楼区) */
                county?: string;
                /** @description the figures of one enterprise's pairings (villages: those it paired with); not with province or county */
                enterpriseId?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        scope: {
                            province: string | null;
                            county: string | null;
                            enterpriseId: string | null;
                        };
                        /** @description enterprises that have ever been paired with a village in the scope */
                        enterprises: number;
                        /** @description villages in the scope that have ever been paired */
                        villages: number;
                        /** @description pairings ever registered in the scope */
                        pairings: number;
                        /** @description pairings not ended */
                        activePairings: number;
                        committedFen: number;
                        deliveredFen: number;
                        peopleHelped: number;
                        contributions: number;
                        projects: number;
                    };
                    "text/csv": string;
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getReportsPairingsRegions: {
        parameters: {
            query?: {
                /** @description 省: that province's counties, one row each; without it, one row per province */
                province?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the province whose counties the rows are; null: the rows are provinces */
                        province: string | null;
                        /** @description every region with a pairing, by name */
                        rows: {
                            /** @description enterprises that have ever been paired with a village in the scope */
                            enterprises: number;
                            /** @description villages in the scope that have ever been paired */
                            villages: number;
                            /** @description pairings ever registered in the scope */
                            pairings: number;
                            /** @description pairings not ended */
                            activePairings: number;
                            committedFen: number;
                            deliveredFen: number;
                            peopleHelped: number;
                            contributions: number;
                            projects: number;
                            province: string;
                            county: string | null;
                        }[];
                    };
                    "text/csv": string;
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getHouseholds: {
        parameters: {
            query?: {
                /** @description required for province and city staff; county and township staff list their own */
                county?: string;
                township?: string;
                villageId?: string;
                status?: "registered" | "identifying" | "monitored" | "removing" | "removed";
                category?: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            householdId: string;
                            villageId: string;
                            villageName: string;
                            province: string;
                            city: string;
                            county: string;
                            township: string;
                            address: string | null;
                            headName: string;
                            /** @description masked, e.g. 110***********123X */
                            idNumber: string;
                            /** @description the number of people */
                            members: number;
                            /** @description each person, when registered one by one (ids masked) */
                            people: {
                                memberId: string;
                                name: string;
                                /** @enum {string} */
                                relation: "head" | "spouse" | "child" | "child_in_law" | "grandchild" | "parent" | "grandparent" | "sibling" | "other";
                                /** @description masked, e.g. 110***********123X */
                                idNumber: string;
                                /** @enum {string} */
                                ageBand: "under_6" | "6_to_15" | "16_to_59" | "60_plus";
                                /** @enum {string} */
                                health: "healthy" | "chronic_illness" | "serious_illness" | "long_term_illness";
                                /** @enum {string} */
                                disability: "none" | "grade_1" | "grade_2" | "grade_3" | "grade_4";
                                /** @enum {string} */
                                schoolStatus: "not_applicable" | "preschool" | "compulsory" | "high_school" | "vocational" | "higher_education" | "out_of_school";
                                dibao: boolean;
                                tekun: boolean;
                            }[];
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            categoryLabel: string;
                            /** @description the latest year's per-person income */
                            perCapitaIncomeFen: number;
                            incomeYear: number;
                            /** @description per-person income by year, oldest first */
                            incomes: {
                                year: number;
                                perCapitaIncomeFen: number;
                            }[];
                            /** @enum {string} */
                            status: "registered" | "identifying" | "monitored" | "removing" | "removed";
                            statusLabel: string;
                            monitoringPeriods: {
                                /** @description the date the county confirmed the household as a 监测对象 */
                                from: string;
                                /** @description the date its risk removal was confirmed (null while monitored) */
                                to: string | null;
                                /** @enum {string} */
                                category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            }[];
                            /** @description support measures in effect (帮扶措施; kept by the measures part, absent before the first): a monitored household with none is flagged after the county's deadline */
                            activeMeasures?: number;
                            version: number;
                            createdAt: string;
                            createdBy: string;
                            updatedAt: string;
                            updatedBy: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postHouseholds: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    villageId: string;
                    /** @description 门牌、村民小组 (below the village) */
                    address?: string;
                    /** @description 户主姓名 */
                    headName: string;
                    /** @description 户主身份证号 (18 characters, GB 11643 check digit); stored only as a keyed hash and masked */
                    idNumber: string;
                    /** @description the household's people: their number, or each person (the head with the relation `head` and the household's idNumber) */
                    members: number | {
                        /** @description 姓名 */
                        name: string;
                        /**
                         * @description 与户主关系
                         * @enum {string}
                         */
                        relation: "head" | "spouse" | "child" | "child_in_law" | "grandchild" | "parent" | "grandparent" | "sibling" | "other";
                        /** @description 身份证号; stored only as a keyed hash and masked */
                        idNumber: string;
                        /**
                         * @description 健康状况
                         * @default healthy
                         * @enum {string}
                         */
                        health?: "healthy" | "chronic_illness" | "serious_illness" | "long_term_illness";
                        /**
                         * @description 残疾等级
                         * @default none
                         * @enum {string}
                         */
                        disability?: "none" | "grade_1" | "grade_2" | "grade_3" | "grade_4";
                        /**
                         * @description 在校情况
                         * @default not_applicable
                         * @enum {string}
                         */
                        schoolStatus?: "not_applicable" | "preschool" | "compulsory" | "high_school" | "vocational" | "higher_education" | "out_of_school";
                        /**
                         * @description 低保对象
                         * @default false
                         */
                        dibao?: boolean;
                        /**
                         * @description 特困供养对象
                         * @default false
                         */
                        tekun?: boolean;
                    }[];
                    /**
                     * @description unstable_out_of_poverty 脱贫不稳定户, marginal_at_risk 边缘易致贫户, sudden_hardship 突发严重困难户
                     * @enum {string}
                     */
                    category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                    /** @description per-person household income over the last 12 months */
                    perCapitaIncomeFen: number;
                    incomeYear: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        householdId: string;
                        villageId: string;
                        villageName: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        address: string | null;
                        headName: string;
                        /** @description masked, e.g. 110***********123X */
                        idNumber: string;
                        /** @description the number of people */
                        members: number;
                        /** @description each person, when registered one by one (ids masked) */
                        people: {
                            memberId: string;
                            name: string;
                            /** @enum {string} */
                            relation: "head" | "spouse" | "child" | "child_in_law" | "grandchild" | "parent" | "grandparent" | "sibling" | "other";
                            /** @description masked, e.g. 110***********123X */
                            idNumber: string;
                            /** @enum {string} */
                            ageBand: "under_6" | "6_to_15" | "16_to_59" | "60_plus";
                            /** @enum {string} */
                            health: "healthy" | "chronic_illness" | "serious_illness" | "long_term_illness";
                            /** @enum {string} */
                            disability: "none" | "grade_1" | "grade_2" | "grade_3" | "grade_4";
                            /** @enum {string} */
                            schoolStatus: "not_applicable" | "preschool" | "compulsory" | "high_school" | "vocational" | "higher_education" | "out_of_school";
                            dibao: boolean;
                            tekun: boolean;
                        }[];
                        /** @enum {string} */
                        category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        categoryLabel: string;
                        /** @description the latest year's per-person income */
                        perCapitaIncomeFen: number;
                        incomeYear: number;
                        /** @description per-person income by year, oldest first */
                        incomes: {
                            year: number;
                            perCapitaIncomeFen: number;
                        }[];
                        /** @enum {string} */
                        status: "registered" | "identifying" | "monitored" | "removing" | "removed";
                        statusLabel: string;
                        monitoringPeriods: {
                            /** @description the date the county confirmed the household as a 监测对象 */
                            from: string;
                            /** @description the date its risk removal was confirmed (null while monitored) */
                            to: string | null;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        }[];
                        /** @description support measures in effect (帮扶措施; kept by the measures part, absent before the first): a monitored household with none is flagged after the county's deadline */
                        activeMeasures?: number;
                        version: number;
                        createdAt: string;
                        createdBy: string;
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getHouseholdsHouseholdId: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                householdId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        householdId: string;
                        villageId: string;
                        villageName: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        address: string | null;
                        headName: string;
                        /** @description masked, e.g. 110***********123X */
                        idNumber: string;
                        /** @description the number of people */
                        members: number;
                        /** @description each person, when registered one by one (ids masked) */
                        people: {
                            memberId: string;
                            name: string;
                            /** @enum {string} */
                            relation: "head" | "spouse" | "child" | "child_in_law" | "grandchild" | "parent" | "grandparent" | "sibling" | "other";
                            /** @description masked, e.g. 110***********123X */
                            idNumber: string;
                            /** @enum {string} */
                            ageBand: "under_6" | "6_to_15" | "16_to_59" | "60_plus";
                            /** @enum {string} */
                            health: "healthy" | "chronic_illness" | "serious_illness" | "long_term_illness";
                            /** @enum {string} */
                            disability: "none" | "grade_1" | "grade_2" | "grade_3" | "grade_4";
                            /** @enum {string} */
                            schoolStatus: "not_applicable" | "preschool" | "compulsory" | "high_school" | "vocational" | "higher_education" | "out_of_school";
                            dibao: boolean;
                            tekun: boolean;
                        }[];
                        /** @enum {string} */
                        category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        categoryLabel: string;
                        /** @description the latest year's per-person income */
                        perCapitaIncomeFen: number;
                        incomeYear: number;
                        /** @description per-person income by year, oldest first */
                        incomes: {
                            year: number;
                            perCapitaIncomeFen: number;
                        }[];
                        /** @enum {string} */
                        status: "registered" | "identifying" | "monitored" | "removing" | "removed";
                        statusLabel: string;
                        monitoringPeriods: {
                            /** @description the date the county confirmed the household as a 监测对象 */
                            from: string;
                            /** @description the date its risk removal was confirmed (null while monitored) */
                            to: string | null;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        }[];
                        /** @description support measures in effect (帮扶措施; kept by the measures part, absent before the first): a monitored household with none is flagged after the county's deadline */
                        activeMeasures?: number;
                        version: number;
                        createdAt: string;
                        createdBy: string;
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    patchHouseholdsHouseholdId: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                householdId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description why the record changes (kept with the version) */
                    reason: string;
                    /** @description refuse (409 VERSION_CONFLICT) unless the household is still at this version */
                    expectedVersion?: number;
                    address?: string;
                    headName?: string;
                    /** @enum {string} */
                    category?: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                    /** @description the income of a year: adds it, or corrects that year's */
                    income?: {
                        year: number;
                        /** @description per-person household income over the year */
                        perCapitaIncomeFen: number;
                    };
                    /** @description the household's people, replacing the list */
                    members?: {
                        /** @description 姓名 */
                        name: string;
                        /**
                         * @description 与户主关系
                         * @enum {string}
                         */
                        relation: "head" | "spouse" | "child" | "child_in_law" | "grandchild" | "parent" | "grandparent" | "sibling" | "other";
                        /** @description 身份证号; stored only as a keyed hash and masked */
                        idNumber: string;
                        /**
                         * @description 健康状况
                         * @default healthy
                         * @enum {string}
                         */
                        health?: "healthy" | "chronic_illness" | "serious_illness" | "long_term_illness";
                        /**
                         * @description 残疾等级
                         * @default none
                         * @enum {string}
                         */
                        disability?: "none" | "grade_1" | "grade_2" | "grade_3" | "grade_4";
                        /**
                         * @description 在校情况
                         * @default not_applicable
                         * @enum {string}
                         */
                        schoolStatus?: "not_applicable" | "preschool" | "compulsory" | "high_school" | "vocational" | "higher_education" | "out_of_school";
                        /**
                         * @description 低保对象
                         * @default false
                         */
                        dibao?: boolean;
                        /**
                         * @description 特困供养对象
                         * @default false
                         */
                        tekun?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        householdId: string;
                        villageId: string;
                        villageName: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        address: string | null;
                        headName: string;
                        /** @description masked, e.g. 110***********123X */
                        idNumber: string;
                        /** @description the number of people */
                        members: number;
                        /** @description each person, when registered one by one (ids masked) */
                        people: {
                            memberId: string;
                            name: string;
                            /** @enum {string} */
                            relation: "head" | "spouse" | "child" | "child_in_law" | "grandchild" | "parent" | "grandparent" | "sibling" | "other";
                            /** @description masked, e.g. 110***********123X */
                            idNumber: string;
                            /** @enum {string} */
                            ageBand: "under_6" | "6_to_15" | "16_to_59" | "60_plus";
                            /** @enum {string} */
                            health: "healthy" | "chronic_illness" | "serious_illness" | "long_term_illness";
                            /** @enum {string} */
                            disability: "none" | "grade_1" | "grade_2" | "grade_3" | "grade_4";
                            /** @enum {string} */
                            schoolStatus: "not_applicable" | "preschool" | "compulsory" | "high_school" | "vocational" | "higher_education" | "out_of_school";
                            dibao: boolean;
                            tekun: boolean;
                        }[];
                        /** @enum {string} */
                        category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        categoryLabel: string;
                        /** @description the latest year's per-person income */
                        perCapitaIncomeFen: number;
                        incomeYear: number;
                        /** @description per-person income by year, oldest first */
                        incomes: {
                            year: number;
                            perCapitaIncomeFen: number;
                        }[];
                        /** @enum {string} */
                        status: "registered" | "identifying" | "monitored" | "removing" | "removed";
                        statusLabel: string;
                        monitoringPeriods: {
                            /** @description the date the county confirmed the household as a 监测对象 */
                            from: string;
                            /** @description the date its risk removal was confirmed (null while monitored) */
                            to: string | null;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        }[];
                        /** @description support measures in effect (帮扶措施; kept by the measures part, absent before the first): a monitored household with none is flagged after the county's deadline */
                        activeMeasures?: number;
                        version: number;
                        createdAt: string;
                        createdBy: string;
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getHouseholdsHouseholdIdVersions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                householdId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            householdId: string;
                            version: number;
                            at: string;
                            by: string;
                            reason: string;
                            /** @description the fields this version changed */
                            changed: string[];
                            household: {
                                householdId: string;
                                villageId: string;
                                villageName: string;
                                province: string;
                                city: string;
                                county: string;
                                township: string;
                                address: string | null;
                                headName: string;
                                /** @description masked, e.g. 110***********123X */
                                idNumber: string;
                                /** @description the number of people */
                                members: number;
                                /** @description each person, when registered one by one (ids masked) */
                                people: {
                                    memberId: string;
                                    name: string;
                                    /** @enum {string} */
                                    relation: "head" | "spouse" | "child" | "child_in_law" | "grandchild" | "parent" | "grandparent" | "sibling" | "other";
                                    /** @description masked, e.g. 110***********123X */
                                    idNumber: string;
                                    /** @enum {string} */
                                    ageBand: "under_6" | "6_to_15" | "16_to_59" | "60_plus";
                                    /** @enum {string} */
                                    health: "healthy" | "chronic_illness" | "serious_illness" | "long_term_illness";
                                    /** @enum {string} */
                                    disability: "none" | "grade_1" | "grade_2" | "grade_3" | "grade_4";
                                    /** @enum {string} */
                                    schoolStatus: "not_applicable" | "preschool" | "compulsory" | "high_school" | "vocational" | "higher_education" | "out_of_school";
                                    dibao: boolean;
                                    tekun: boolean;
                                }[];
                                /** @enum {string} */
                                category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                                /** @description the latest year's per-person income */
                                perCapitaIncomeFen: number;
                                incomeYear: number;
                                /** @description per-person income by year, oldest first */
                                incomes: {
                                    year: number;
                                    perCapitaIncomeFen: number;
                                }[];
                                /** @enum {string} */
                                status: "registered" | "identifying" | "monitored" | "removing" | "removed";
                                monitoringPeriods: {
                                    /** @description the date the county confirmed the household as a 监测对象 */
                                    from: string;
                                    /** @description the date its risk removal was confirmed (null while monitored) */
                                    to: string | null;
                                    /** @enum {string} */
                                    category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                                }[];
                                /** @description support measures in effect (帮扶措施; kept by the measures part, absent before the first): a monitored household with none is flagged after the county's deadline */
                                activeMeasures?: number;
                                version: number;
                                createdAt: string;
                                createdBy: string;
                                updatedAt: string;
                                updatedBy: string;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getMonitoringSettingsCounty: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                county: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default [] */
                        incomeLines: {
                            year: number;
                            /** @description 防贫监测线, per person per year */
                            lineFen: number;
                        }[];
                        /** @default [] */
                        earlyWarning: ({
                            /** @constant */
                            kind: "medical_cost";
                            threshold: {
                                /** @constant */
                                type: "absolute";
                                /** @description for low-income households (monitored, 低保, 特困, out of poverty) */
                                lowIncomeFen: number;
                                /** @description for every other household */
                                otherFen: number;
                            } | {
                                /** @constant */
                                type: "share_of_income";
                                /** @description e.g. last year's rural per-capita disposable income of the province */
                                referenceIncomeFen: number;
                                lowIncomeBps: number;
                                otherBps: number;
                            };
                        } | {
                            /** @constant */
                            kind: "income_below_line";
                        } | {
                            /** @constant */
                            kind: "department_flag";
                            sources: ("civil_affairs" | "disabled_persons" | "disaster")[];
                        })[];
                        /**
                         * @description a lead unresolved after this many days is overdue
                         * @default 15
                         */
                        leadDeadlineDays: number;
                        /**
                         * @description the shortest 公示 in the village
                         * @default 5
                         */
                        noticeMinDays: number;
                        /**
                         * @description a confirmed household without a support measure after this many days is flagged
                         * @default 30
                         */
                        measureDeadlineDays: number;
                        /**
                         * @description 防贫保险/救助: working days from a claim's filing to its payment (one province allows 25)
                         * @default 25
                         */
                        claimDeadlineWorkingDays: number;
                        county: string;
                        /** @description 0 for the defaults of a county that never set its own */
                        version: number;
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    putMonitoringSettingsCounty: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                county: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    incomeLines?: {
                        year: number;
                        /** @description 防贫监测线, per person per year */
                        lineFen: number;
                    }[];
                    /** @default [] */
                    earlyWarning?: ({
                        /** @constant */
                        kind: "medical_cost";
                        threshold: {
                            /** @constant */
                            type: "absolute";
                            /** @description for low-income households (monitored, 低保, 特困, out of poverty) */
                            lowIncomeFen: number;
                            /** @description for every other household */
                            otherFen: number;
                        } | {
                            /** @constant */
                            type: "share_of_income";
                            /** @description e.g. last year's rural per-capita disposable income of the province */
                            referenceIncomeFen: number;
                            lowIncomeBps: number;
                            otherBps: number;
                        };
                    } | {
                        /** @constant */
                        kind: "income_below_line";
                    } | {
                        /** @constant */
                        kind: "department_flag";
                        sources: ("civil_affairs" | "disabled_persons" | "disaster")[];
                    })[];
                    /**
                     * @description a lead unresolved after this many days is overdue
                     * @default 15
                     */
                    leadDeadlineDays?: number;
                    /**
                     * @description the shortest 公示 in the village
                     * @default 5
                     */
                    noticeMinDays?: number;
                    /**
                     * @description a confirmed household without a support measure after this many days is flagged
                     * @default 30
                     */
                    measureDeadlineDays?: number;
                    /**
                     * @description 防贫保险/救助: working days from a claim's filing to its payment (one province allows 25)
                     * @default 25
                     */
                    claimDeadlineWorkingDays?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default [] */
                        incomeLines: {
                            year: number;
                            /** @description 防贫监测线, per person per year */
                            lineFen: number;
                        }[];
                        /** @default [] */
                        earlyWarning: ({
                            /** @constant */
                            kind: "medical_cost";
                            threshold: {
                                /** @constant */
                                type: "absolute";
                                /** @description for low-income households (monitored, 低保, 特困, out of poverty) */
                                lowIncomeFen: number;
                                /** @description for every other household */
                                otherFen: number;
                            } | {
                                /** @constant */
                                type: "share_of_income";
                                /** @description e.g. last year's rural per-capita disposable income of the province */
                                referenceIncomeFen: number;
                                lowIncomeBps: number;
                                otherBps: number;
                            };
                        } | {
                            /** @constant */
                            kind: "income_below_line";
                        } | {
                            /** @constant */
                            kind: "department_flag";
                            sources: ("civil_affairs" | "disabled_persons" | "disaster")[];
                        })[];
                        /**
                         * @description a lead unresolved after this many days is overdue
                         * @default 15
                         */
                        leadDeadlineDays: number;
                        /**
                         * @description the shortest 公示 in the village
                         * @default 5
                         */
                        noticeMinDays: number;
                        /**
                         * @description a confirmed household without a support measure after this many days is flagged
                         * @default 30
                         */
                        measureDeadlineDays: number;
                        /**
                         * @description 防贫保险/救助: working days from a claim's filing to its payment (one province allows 25)
                         * @default 25
                         */
                        claimDeadlineWorkingDays: number;
                        county: string;
                        /** @description 0 for the defaults of a county that never set its own */
                        version: number;
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getHouseholdsHouseholdIdMeasures: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                householdId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            measureId: string;
                            householdId: string;
                            province: string;
                            city: string;
                            county: string;
                            township: string;
                            villageId: string;
                            villageName: string;
                            headName: string;
                            /** @enum {string} */
                            kind: "industry" | "employment" | "public_welfare_post" | "micro_credit" | "dibao" | "tekun" | "medical_aid" | "education_aid" | "temporary_aid" | "prevention_claim" | "other";
                            kindLabel: string;
                            content: string | null;
                            amountFen: number;
                            /** @enum {string} */
                            period: "once" | "monthly" | "yearly";
                            periodLabel: string;
                            startOn: string;
                            /** @description the planned end, or the actual one once ended */
                            endOn: string | null;
                            responsibleCadre: string;
                            note: string | null;
                            memberId: string | null;
                            memberName: string | null;
                            claimId: string | null;
                            /** @enum {string} */
                            status: "active" | "ended";
                            statusLabel: string;
                            ended: {
                                reason: string;
                                at: string;
                                by: string;
                            } | null;
                            version: number;
                            createdAt: string;
                            createdBy: string;
                            updatedAt: string;
                            updatedBy: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postHouseholdsHouseholdIdMeasures: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                householdId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description industry 产业帮扶, employment 就业帮扶, public_welfare_post 公益岗位, micro_credit 小额信贷, dibao 低保, tekun 特困供养, medical_aid 医疗救助, education_aid 教育资助, temporary_aid 临时救助, prevention_claim 防贫保险/防贫救助 (links a claim), other (with its content)
                     * @enum {string}
                     */
                    kind: "industry" | "employment" | "public_welfare_post" | "micro_credit" | "dibao" | "tekun" | "medical_aid" | "education_aid" | "temporary_aid" | "prevention_claim" | "other";
                    /** @description what the measure is (required for other), e.g. 光伏收益分红, 护林员岗位 */
                    content?: string;
                    /** @description the money per period (required, 0 for help without money); for prevention_claim taken from the claim */
                    amountFen?: number;
                    /**
                     * @description what the amount is per: once (default), monthly or yearly
                     * @enum {string}
                     */
                    period?: "once" | "monthly" | "yearly";
                    /** @description the first day the measure applies */
                    startOn: string;
                    /** @description the planned last day, when known (not before startOn) */
                    endOn?: string;
                    /** @description the cadre responsible for the measure (帮扶责任人), by name */
                    responsibleCadre: string;
                    note?: string;
                    /** @description the household member the measure is for (a post, a school grant), when it is for one person */
                    memberId?: string;
                    /** @description for prevention_claim: the household's approved or paid claim */
                    claimId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        measureId: string;
                        householdId: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        villageId: string;
                        villageName: string;
                        headName: string;
                        /** @enum {string} */
                        kind: "industry" | "employment" | "public_welfare_post" | "micro_credit" | "dibao" | "tekun" | "medical_aid" | "education_aid" | "temporary_aid" | "prevention_claim" | "other";
                        kindLabel: string;
                        content: string | null;
                        amountFen: number;
                        /** @enum {string} */
                        period: "once" | "monthly" | "yearly";
                        periodLabel: string;
                        startOn: string;
                        /** @description the planned end, or the actual one once ended */
                        endOn: string | null;
                        responsibleCadre: string;
                        note: string | null;
                        memberId: string | null;
                        memberName: string | null;
                        claimId: string | null;
                        /** @enum {string} */
                        status: "active" | "ended";
                        statusLabel: string;
                        ended: {
                            reason: string;
                            at: string;
                            by: string;
                        } | null;
                        version: number;
                        createdAt: string;
                        createdBy: string;
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postHouseholdsHouseholdIdMeasuresMeasureIdEnd: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                householdId: string;
                measureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the last day the measure applied (not in the future, not before its start) */
                    endOn: string;
                    /** @description why it ended (e.g. 岗位合同期满, 已稳定就业) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        measureId: string;
                        householdId: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        villageId: string;
                        villageName: string;
                        headName: string;
                        /** @enum {string} */
                        kind: "industry" | "employment" | "public_welfare_post" | "micro_credit" | "dibao" | "tekun" | "medical_aid" | "education_aid" | "temporary_aid" | "prevention_claim" | "other";
                        kindLabel: string;
                        content: string | null;
                        amountFen: number;
                        /** @enum {string} */
                        period: "once" | "monthly" | "yearly";
                        periodLabel: string;
                        startOn: string;
                        /** @description the planned end, or the actual one once ended */
                        endOn: string | null;
                        responsibleCadre: string;
                        note: string | null;
                        memberId: string | null;
                        memberName: string | null;
                        claimId: string | null;
                        /** @enum {string} */
                        status: "active" | "ended";
                        statusLabel: string;
                        ended: {
                            reason: string;
                            at: string;
                            by: string;
                        } | null;
                        version: number;
                        createdAt: string;
                        createdBy: string;
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getMonitoringFlags: {
        parameters: {
            query?: {
                /** @description required for province and city staff; county and township staff list their own */
                county?: string;
                township?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            kind: "no_measure";
                            kindLabel: string;
                            householdId: string;
                            headName: string;
                            county: string;
                            township: string;
                            villageId: string;
                            villageName: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            categoryLabel: string;
                            /** @description the start of its current monitoring period */
                            confirmedOn: string;
                            /** @description the last day to put a measure in place (confirmedOn + the county's measureDeadlineDays) */
                            dueOn: string;
                            /** @description days since dueOn */
                            daysOverdue: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getReportsMonitoring: {
        parameters: {
            query?: {
                /** @description required for province and city staff; county and township staff report on their own */
                county?: string;
                /** @description one township of the county (township staff: their own) */
                township?: string;
                /** @description the first month, YYYY-MM (default: eleven months before `to`) */
                from?: string;
                /** @description the last month, YYYY-MM (default: this month) */
                to?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        county: string;
                        /** @description the township reported on, or null for the whole county */
                        township: string | null;
                        from: string;
                        to: string;
                        /** @description today (China): the date the current figures and overdue leads are counted on */
                        asOf: string;
                        households: {
                            /** @description households by monitoring status */
                            byStatus: {
                                registered: number;
                                identifying: number;
                                monitored: number;
                                removing: number;
                                removed: number;
                            };
                            /** @description 监测对象: households monitored or in risk removal (not yet confirmed) */
                            monitored: number;
                            /** @description those 监测对象 by category */
                            monitoredByCategory: {
                                unstable_out_of_poverty: number;
                                marginal_at_risk: number;
                                sudden_hardship: number;
                            };
                        };
                        byTownship: {
                            /** @description households by monitoring status */
                            byStatus: {
                                registered: number;
                                identifying: number;
                                monitored: number;
                                removing: number;
                                removed: number;
                            };
                            /** @description 监测对象: households monitored or in risk removal (not yet confirmed) */
                            monitored: number;
                            /** @description those 监测对象 by category */
                            monitoredByCategory: {
                                unstable_out_of_poverty: number;
                                marginal_at_risk: number;
                                sudden_hardship: number;
                            };
                            township: string;
                        }[];
                        months: {
                            month: string;
                            /** @description households confirmed as 监测对象 in the month */
                            identified: number;
                            /** @description households whose risk removal was confirmed in the month */
                            removed: number;
                            /** @description risk leads raised in the month */
                            leads: number;
                            /** @description leads that fell due in the month and were resolved late or are still unresolved */
                            leadsOverdue: number;
                        }[];
                        /** @description open or assessing leads past their due date today */
                        overdueLeadsNow: number;
                        /** @description true when there are more overdue leads than one report counts: the overdue figures are then lower bounds */
                        overdueLeadsCapped: boolean;
                        measures: {
                            recorded: number;
                            /** @description in effect now (recorded and not ended) */
                            active: number;
                            ended: number;
                            /** @description the money of one-off measures */
                            onceFen: number;
                            /** @description the money per month of monthly measures */
                            monthlyFen: number;
                            /** @description the money per year of yearly measures */
                            yearlyFen: number;
                            /** @enum {string} */
                            kind: "industry" | "employment" | "public_welfare_post" | "micro_credit" | "dibao" | "tekun" | "medical_aid" | "education_aid" | "temporary_aid" | "prevention_claim" | "other";
                            kindLabel: string;
                        }[];
                        measuresTotal: {
                            recorded: number;
                            /** @description in effect now (recorded and not ended) */
                            active: number;
                            ended: number;
                            /** @description the money of one-off measures */
                            onceFen: number;
                            /** @description the money per month of monthly measures */
                            monthlyFen: number;
                            /** @description the money per year of yearly measures */
                            yearlyFen: number;
                        };
                    };
                    "text/csv": string;
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getAssessments: {
        parameters: {
            query?: {
                /** @description required for province and city staff; county and township staff list their own */
                county?: string;
                township?: string;
                status?: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                kind?: "identification" | "removal";
                /** @description one household's assessments, newest first */
                householdId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            assessmentId: string;
                            /** @enum {string} */
                            kind: "identification" | "removal";
                            /** @enum {string} */
                            status: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                            householdId: string;
                            province: string;
                            city: string;
                            county: string;
                            township: string;
                            villageId: string;
                            villageName: string;
                            headName: string;
                            leadId: string | null;
                            /**
                             * @description the monitoring category proposed (identification) or held (removal)
                             * @enum {string}
                             */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            /**
                             * @description what the household goes back to if the assessment does not succeed
                             * @enum {string}
                             */
                            householdStatusBefore: "registered" | "identifying" | "monitored" | "removing" | "removed";
                            openNote: string | null;
                            openedAt: string;
                            openedBy: string;
                            visit: {
                                visitedOn: string;
                                visitors: string[];
                                findings: string;
                                consent: {
                                    signed: boolean;
                                    signedOn: string;
                                };
                                removalChecks: {
                                    /** @description the year the income figure is for */
                                    year: number;
                                    /** @description per-person income found at the visit; must be above the county's line of that year */
                                    perCapitaIncomeFen: number;
                                    /** @description the income is stable (steady work or business, no large shock expected) */
                                    incomeStable: boolean;
                                    /** @description 不愁吃、不愁穿 */
                                    foodAndClothing: boolean;
                                    /** @description 义务教育有保障 */
                                    compulsoryEducation: boolean;
                                    /** @description 基本医疗有保障 */
                                    basicMedicalInsurance: boolean;
                                    /** @description 住房安全有保障 */
                                    safeHousing: boolean;
                                    /** @description 饮水安全有保障 */
                                    safeDrinkingWater: boolean;
                                    /** @description the county's line of that year, when checked */
                                    incomeLineFen: number;
                                } | null;
                                at: string;
                                by: string;
                            } | null;
                            villageReview: {
                                heldOn: string;
                                /** @enum {string} */
                                outcome: "pass" | "fail";
                                attendees: number;
                                note: string;
                                at: string;
                                by: string;
                            } | null;
                            notice: {
                                /** @description the notice on the public board (GET /public/notices) */
                                noticeId: string;
                                startsOn: string;
                                /** @description its last day; the county may decide from the day after */
                                endsOn: string;
                                days: number;
                                note: string | null;
                                at: string;
                                by: string;
                            } | null;
                            townshipReview: {
                                /** @enum {string} */
                                outcome: "pass" | "fail";
                                note: string;
                                at: string;
                                by: string;
                            } | null;
                            decision: {
                                /** @enum {string} */
                                decision: "confirm" | "reject";
                                decidedOn: string;
                                note: string;
                                at: string;
                                by: string;
                            } | null;
                            withdrawal: {
                                reason: string;
                                at: string;
                                by: string;
                            } | null;
                            objections: {
                                total: number;
                                /** @description awaiting the township's finding: they block the county's confirmation */
                                open: number;
                                /** @description found valid: the county may only reject */
                                upheld: number;
                            };
                            version: number;
                            updatedAt: string;
                            kindLabel: string;
                            statusLabel: string;
                            categoryLabel: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postAssessments: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 监测对象识别: from a risk lead
                     * @constant
                     */
                    kind: "identification";
                    /** @description the open risk lead the identification takes up */
                    leadId: string;
                    /**
                     * @description the category proposed (the household's by default)
                     * @enum {string}
                     */
                    category?: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                    note?: string;
                } | {
                    /**
                     * @description 风险消除: of a monitored household
                     * @constant
                     */
                    kind: "removal";
                    householdId: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessmentId: string;
                        /** @enum {string} */
                        kind: "identification" | "removal";
                        /** @enum {string} */
                        status: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                        householdId: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        villageId: string;
                        villageName: string;
                        headName: string;
                        leadId: string | null;
                        /**
                         * @description the monitoring category proposed (identification) or held (removal)
                         * @enum {string}
                         */
                        category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        /**
                         * @description what the household goes back to if the assessment does not succeed
                         * @enum {string}
                         */
                        householdStatusBefore: "registered" | "identifying" | "monitored" | "removing" | "removed";
                        openNote: string | null;
                        openedAt: string;
                        openedBy: string;
                        visit: {
                            visitedOn: string;
                            visitors: string[];
                            findings: string;
                            consent: {
                                signed: boolean;
                                signedOn: string;
                            };
                            removalChecks: {
                                /** @description the year the income figure is for */
                                year: number;
                                /** @description per-person income found at the visit; must be above the county's line of that year */
                                perCapitaIncomeFen: number;
                                /** @description the income is stable (steady work or business, no large shock expected) */
                                incomeStable: boolean;
                                /** @description 不愁吃、不愁穿 */
                                foodAndClothing: boolean;
                                /** @description 义务教育有保障 */
                                compulsoryEducation: boolean;
                                /** @description 基本医疗有保障 */
                                basicMedicalInsurance: boolean;
                                /** @description 住房安全有保障 */
                                safeHousing: boolean;
                                /** @description 饮水安全有保障 */
                                safeDrinkingWater: boolean;
                                /** @description the county's line of that year, when checked */
                                incomeLineFen: number;
                            } | null;
                            at: string;
                            by: string;
                        } | null;
                        villageReview: {
                            heldOn: string;
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            attendees: number;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        notice: {
                            /** @description the notice on the public board (GET /public/notices) */
                            noticeId: string;
                            startsOn: string;
                            /** @description its last day; the county may decide from the day after */
                            endsOn: string;
                            days: number;
                            note: string | null;
                            at: string;
                            by: string;
                        } | null;
                        townshipReview: {
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        decision: {
                            /** @enum {string} */
                            decision: "confirm" | "reject";
                            decidedOn: string;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        withdrawal: {
                            reason: string;
                            at: string;
                            by: string;
                        } | null;
                        objections: {
                            total: number;
                            /** @description awaiting the township's finding: they block the county's confirmation */
                            open: number;
                            /** @description found valid: the county may only reject */
                            upheld: number;
                        };
                        version: number;
                        updatedAt: string;
                        kindLabel: string;
                        statusLabel: string;
                        categoryLabel: string;
                        timeline: {
                            /** @description the assessment's version this step made */
                            seq: number;
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            at: string;
                            /** @description the staff account, or `public` for an objection filed on the public board */
                            by: string;
                            from: ("opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn") | null;
                            /** @enum {string} */
                            to: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                            /** @description pass/fail, confirm/reject, upheld/not_upheld where the step has one */
                            outcome: string | null;
                            note: string | null;
                            objectionId: string | null;
                        }[];
                        objectionList: {
                            objectionId: string;
                            assessmentId: string;
                            noticeId: string;
                            /**
                             * @description public: filed on the public board; staff: heard in the village and recorded
                             * @enum {string}
                             */
                            channel: "public" | "staff";
                            receivedOn: string;
                            note: string;
                            /** @description the objector's contact, masked (kept encrypted) */
                            contactMasked: string | null;
                            recordedBy: string;
                            at: string;
                            finding: {
                                /** @enum {string} */
                                outcome: "upheld" | "not_upheld";
                                note: string;
                                at: string;
                                by: string;
                            } | null;
                        }[];
                        nextSteps: {
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            /** @description whether the viewer may take it now */
                            allowed: boolean;
                            blockedBy: ("read_only_area" | "role" | "separation_of_duties" | "county_level" | "notice_period_not_over" | "objection_unresolved" | "objection_upheld") | null;
                            /** @description for a county decision waiting on the notice: the first day it may be taken */
                            availableOn: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getAssessmentsAssessmentId: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessmentId: string;
                        /** @enum {string} */
                        kind: "identification" | "removal";
                        /** @enum {string} */
                        status: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                        householdId: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        villageId: string;
                        villageName: string;
                        headName: string;
                        leadId: string | null;
                        /**
                         * @description the monitoring category proposed (identification) or held (removal)
                         * @enum {string}
                         */
                        category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        /**
                         * @description what the household goes back to if the assessment does not succeed
                         * @enum {string}
                         */
                        householdStatusBefore: "registered" | "identifying" | "monitored" | "removing" | "removed";
                        openNote: string | null;
                        openedAt: string;
                        openedBy: string;
                        visit: {
                            visitedOn: string;
                            visitors: string[];
                            findings: string;
                            consent: {
                                signed: boolean;
                                signedOn: string;
                            };
                            removalChecks: {
                                /** @description the year the income figure is for */
                                year: number;
                                /** @description per-person income found at the visit; must be above the county's line of that year */
                                perCapitaIncomeFen: number;
                                /** @description the income is stable (steady work or business, no large shock expected) */
                                incomeStable: boolean;
                                /** @description 不愁吃、不愁穿 */
                                foodAndClothing: boolean;
                                /** @description 义务教育有保障 */
                                compulsoryEducation: boolean;
                                /** @description 基本医疗有保障 */
                                basicMedicalInsurance: boolean;
                                /** @description 住房安全有保障 */
                                safeHousing: boolean;
                                /** @description 饮水安全有保障 */
                                safeDrinkingWater: boolean;
                                /** @description the county's line of that year, when checked */
                                incomeLineFen: number;
                            } | null;
                            at: string;
                            by: string;
                        } | null;
                        villageReview: {
                            heldOn: string;
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            attendees: number;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        notice: {
                            /** @description the notice on the public board (GET /public/notices) */
                            noticeId: string;
                            startsOn: string;
                            /** @description its last day; the county may decide from the day after */
                            endsOn: string;
                            days: number;
                            note: string | null;
                            at: string;
                            by: string;
                        } | null;
                        townshipReview: {
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        decision: {
                            /** @enum {string} */
                            decision: "confirm" | "reject";
                            decidedOn: string;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        withdrawal: {
                            reason: string;
                            at: string;
                            by: string;
                        } | null;
                        objections: {
                            total: number;
                            /** @description awaiting the township's finding: they block the county's confirmation */
                            open: number;
                            /** @description found valid: the county may only reject */
                            upheld: number;
                        };
                        version: number;
                        updatedAt: string;
                        kindLabel: string;
                        statusLabel: string;
                        categoryLabel: string;
                        timeline: {
                            /** @description the assessment's version this step made */
                            seq: number;
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            at: string;
                            /** @description the staff account, or `public` for an objection filed on the public board */
                            by: string;
                            from: ("opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn") | null;
                            /** @enum {string} */
                            to: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                            /** @description pass/fail, confirm/reject, upheld/not_upheld where the step has one */
                            outcome: string | null;
                            note: string | null;
                            objectionId: string | null;
                        }[];
                        objectionList: {
                            objectionId: string;
                            assessmentId: string;
                            noticeId: string;
                            /**
                             * @description public: filed on the public board; staff: heard in the village and recorded
                             * @enum {string}
                             */
                            channel: "public" | "staff";
                            receivedOn: string;
                            note: string;
                            /** @description the objector's contact, masked (kept encrypted) */
                            contactMasked: string | null;
                            recordedBy: string;
                            at: string;
                            finding: {
                                /** @enum {string} */
                                outcome: "upheld" | "not_upheld";
                                note: string;
                                at: string;
                                by: string;
                            } | null;
                        }[];
                        nextSteps: {
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            /** @description whether the viewer may take it now */
                            allowed: boolean;
                            blockedBy: ("read_only_area" | "role" | "separation_of_duties" | "county_level" | "notice_period_not_over" | "objection_unresolved" | "objection_upheld") | null;
                            /** @description for a county decision waiting on the notice: the first day it may be taken */
                            availableOn: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postAssessmentsAssessmentIdVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the day of the home visit (not in the future) */
                    visitedOn: string;
                    /** @description at least two different visitors (names of the cadres) */
                    visitors: string[];
                    findings: string;
                    /** @description the household's signed consent (required to go on) */
                    consent: {
                        /** @description the household signed its authorisation to check its data */
                        signed: boolean;
                        signedOn: string;
                    };
                    /** @description for a risk removal: what the visit found (required there, refused for an identification) */
                    removalChecks?: {
                        /** @description the year the income figure is for */
                        year: number;
                        /** @description per-person income found at the visit; must be above the county's line of that year */
                        perCapitaIncomeFen: number;
                        /** @description the income is stable (steady work or business, no large shock expected) */
                        incomeStable: boolean;
                        /** @description 不愁吃、不愁穿 */
                        foodAndClothing: boolean;
                        /** @description 义务教育有保障 */
                        compulsoryEducation: boolean;
                        /** @description 基本医疗有保障 */
                        basicMedicalInsurance: boolean;
                        /** @description 住房安全有保障 */
                        safeHousing: boolean;
                        /** @description 饮水安全有保障 */
                        safeDrinkingWater: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessmentId: string;
                        /** @enum {string} */
                        kind: "identification" | "removal";
                        /** @enum {string} */
                        status: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                        householdId: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        villageId: string;
                        villageName: string;
                        headName: string;
                        leadId: string | null;
                        /**
                         * @description the monitoring category proposed (identification) or held (removal)
                         * @enum {string}
                         */
                        category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        /**
                         * @description what the household goes back to if the assessment does not succeed
                         * @enum {string}
                         */
                        householdStatusBefore: "registered" | "identifying" | "monitored" | "removing" | "removed";
                        openNote: string | null;
                        openedAt: string;
                        openedBy: string;
                        visit: {
                            visitedOn: string;
                            visitors: string[];
                            findings: string;
                            consent: {
                                signed: boolean;
                                signedOn: string;
                            };
                            removalChecks: {
                                /** @description the year the income figure is for */
                                year: number;
                                /** @description per-person income found at the visit; must be above the county's line of that year */
                                perCapitaIncomeFen: number;
                                /** @description the income is stable (steady work or business, no large shock expected) */
                                incomeStable: boolean;
                                /** @description 不愁吃、不愁穿 */
                                foodAndClothing: boolean;
                                /** @description 义务教育有保障 */
                                compulsoryEducation: boolean;
                                /** @description 基本医疗有保障 */
                                basicMedicalInsurance: boolean;
                                /** @description 住房安全有保障 */
                                safeHousing: boolean;
                                /** @description 饮水安全有保障 */
                                safeDrinkingWater: boolean;
                                /** @description the county's line of that year, when checked */
                                incomeLineFen: number;
                            } | null;
                            at: string;
                            by: string;
                        } | null;
                        villageReview: {
                            heldOn: string;
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            attendees: number;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        notice: {
                            /** @description the notice on the public board (GET /public/notices) */
                            noticeId: string;
                            startsOn: string;
                            /** @description its last day; the county may decide from the day after */
                            endsOn: string;
                            days: number;
                            note: string | null;
                            at: string;
                            by: string;
                        } | null;
                        townshipReview: {
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        decision: {
                            /** @enum {string} */
                            decision: "confirm" | "reject";
                            decidedOn: string;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        withdrawal: {
                            reason: string;
                            at: string;
                            by: string;
                        } | null;
                        objections: {
                            total: number;
                            /** @description awaiting the township's finding: they block the county's confirmation */
                            open: number;
                            /** @description found valid: the county may only reject */
                            upheld: number;
                        };
                        version: number;
                        updatedAt: string;
                        kindLabel: string;
                        statusLabel: string;
                        categoryLabel: string;
                        timeline: {
                            /** @description the assessment's version this step made */
                            seq: number;
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            at: string;
                            /** @description the staff account, or `public` for an objection filed on the public board */
                            by: string;
                            from: ("opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn") | null;
                            /** @enum {string} */
                            to: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                            /** @description pass/fail, confirm/reject, upheld/not_upheld where the step has one */
                            outcome: string | null;
                            note: string | null;
                            objectionId: string | null;
                        }[];
                        objectionList: {
                            objectionId: string;
                            assessmentId: string;
                            noticeId: string;
                            /**
                             * @description public: filed on the public board; staff: heard in the village and recorded
                             * @enum {string}
                             */
                            channel: "public" | "staff";
                            receivedOn: string;
                            note: string;
                            /** @description the objector's contact, masked (kept encrypted) */
                            contactMasked: string | null;
                            recordedBy: string;
                            at: string;
                            finding: {
                                /** @enum {string} */
                                outcome: "upheld" | "not_upheld";
                                note: string;
                                at: string;
                                by: string;
                            } | null;
                        }[];
                        nextSteps: {
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            /** @description whether the viewer may take it now */
                            allowed: boolean;
                            blockedBy: ("read_only_area" | "role" | "separation_of_duties" | "county_level" | "notice_period_not_over" | "objection_unresolved" | "objection_upheld") | null;
                            /** @description for a county decision waiting on the notice: the first day it may be taken */
                            availableOn: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "postAssessmentsAssessmentIdVillage-review": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the day of the village review meeting (评议) */
                    heldOn: string;
                    /**
                     * @description pass: goes to the public notice; fail: the assessment ends
                     * @enum {string}
                     */
                    outcome: "pass" | "fail";
                    /** @description how many took part */
                    attendees: number;
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessmentId: string;
                        /** @enum {string} */
                        kind: "identification" | "removal";
                        /** @enum {string} */
                        status: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                        householdId: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        villageId: string;
                        villageName: string;
                        headName: string;
                        leadId: string | null;
                        /**
                         * @description the monitoring category proposed (identification) or held (removal)
                         * @enum {string}
                         */
                        category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        /**
                         * @description what the household goes back to if the assessment does not succeed
                         * @enum {string}
                         */
                        householdStatusBefore: "registered" | "identifying" | "monitored" | "removing" | "removed";
                        openNote: string | null;
                        openedAt: string;
                        openedBy: string;
                        visit: {
                            visitedOn: string;
                            visitors: string[];
                            findings: string;
                            consent: {
                                signed: boolean;
                                signedOn: string;
                            };
                            removalChecks: {
                                /** @description the year the income figure is for */
                                year: number;
                                /** @description per-person income found at the visit; must be above the county's line of that year */
                                perCapitaIncomeFen: number;
                                /** @description the income is stable (steady work or business, no large shock expected) */
                                incomeStable: boolean;
                                /** @description 不愁吃、不愁穿 */
                                foodAndClothing: boolean;
                                /** @description 义务教育有保障 */
                                compulsoryEducation: boolean;
                                /** @description 基本医疗有保障 */
                                basicMedicalInsurance: boolean;
                                /** @description 住房安全有保障 */
                                safeHousing: boolean;
                                /** @description 饮水安全有保障 */
                                safeDrinkingWater: boolean;
                                /** @description the county's line of that year, when checked */
                                incomeLineFen: number;
                            } | null;
                            at: string;
                            by: string;
                        } | null;
                        villageReview: {
                            heldOn: string;
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            attendees: number;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        notice: {
                            /** @description the notice on the public board (GET /public/notices) */
                            noticeId: string;
                            startsOn: string;
                            /** @description its last day; the county may decide from the day after */
                            endsOn: string;
                            days: number;
                            note: string | null;
                            at: string;
                            by: string;
                        } | null;
                        townshipReview: {
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        decision: {
                            /** @enum {string} */
                            decision: "confirm" | "reject";
                            decidedOn: string;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        withdrawal: {
                            reason: string;
                            at: string;
                            by: string;
                        } | null;
                        objections: {
                            total: number;
                            /** @description awaiting the township's finding: they block the county's confirmation */
                            open: number;
                            /** @description found valid: the county may only reject */
                            upheld: number;
                        };
                        version: number;
                        updatedAt: string;
                        kindLabel: string;
                        statusLabel: string;
                        categoryLabel: string;
                        timeline: {
                            /** @description the assessment's version this step made */
                            seq: number;
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            at: string;
                            /** @description the staff account, or `public` for an objection filed on the public board */
                            by: string;
                            from: ("opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn") | null;
                            /** @enum {string} */
                            to: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                            /** @description pass/fail, confirm/reject, upheld/not_upheld where the step has one */
                            outcome: string | null;
                            note: string | null;
                            objectionId: string | null;
                        }[];
                        objectionList: {
                            objectionId: string;
                            assessmentId: string;
                            noticeId: string;
                            /**
                             * @description public: filed on the public board; staff: heard in the village and recorded
                             * @enum {string}
                             */
                            channel: "public" | "staff";
                            receivedOn: string;
                            note: string;
                            /** @description the objector's contact, masked (kept encrypted) */
                            contactMasked: string | null;
                            recordedBy: string;
                            at: string;
                            finding: {
                                /** @enum {string} */
                                outcome: "upheld" | "not_upheld";
                                note: string;
                                at: string;
                                by: string;
                            } | null;
                        }[];
                        nextSteps: {
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            /** @description whether the viewer may take it now */
                            allowed: boolean;
                            blockedBy: ("read_only_area" | "role" | "separation_of_duties" | "county_level" | "notice_period_not_over" | "objection_unresolved" | "objection_upheld") | null;
                            /** @description for a county decision waiting on the notice: the first day it may be taken */
                            availableOn: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postAssessmentsAssessmentIdNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the day the notice went up in the village (today or earlier) */
                    startsOn: string;
                    /** @description how long it runs; at least the county's noticeMinDays (its default) */
                    days?: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessmentId: string;
                        /** @enum {string} */
                        kind: "identification" | "removal";
                        /** @enum {string} */
                        status: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                        householdId: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        villageId: string;
                        villageName: string;
                        headName: string;
                        leadId: string | null;
                        /**
                         * @description the monitoring category proposed (identification) or held (removal)
                         * @enum {string}
                         */
                        category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        /**
                         * @description what the household goes back to if the assessment does not succeed
                         * @enum {string}
                         */
                        householdStatusBefore: "registered" | "identifying" | "monitored" | "removing" | "removed";
                        openNote: string | null;
                        openedAt: string;
                        openedBy: string;
                        visit: {
                            visitedOn: string;
                            visitors: string[];
                            findings: string;
                            consent: {
                                signed: boolean;
                                signedOn: string;
                            };
                            removalChecks: {
                                /** @description the year the income figure is for */
                                year: number;
                                /** @description per-person income found at the visit; must be above the county's line of that year */
                                perCapitaIncomeFen: number;
                                /** @description the income is stable (steady work or business, no large shock expected) */
                                incomeStable: boolean;
                                /** @description 不愁吃、不愁穿 */
                                foodAndClothing: boolean;
                                /** @description 义务教育有保障 */
                                compulsoryEducation: boolean;
                                /** @description 基本医疗有保障 */
                                basicMedicalInsurance: boolean;
                                /** @description 住房安全有保障 */
                                safeHousing: boolean;
                                /** @description 饮水安全有保障 */
                                safeDrinkingWater: boolean;
                                /** @description the county's line of that year, when checked */
                                incomeLineFen: number;
                            } | null;
                            at: string;
                            by: string;
                        } | null;
                        villageReview: {
                            heldOn: string;
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            attendees: number;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        notice: {
                            /** @description the notice on the public board (GET /public/notices) */
                            noticeId: string;
                            startsOn: string;
                            /** @description its last day; the county may decide from the day after */
                            endsOn: string;
                            days: number;
                            note: string | null;
                            at: string;
                            by: string;
                        } | null;
                        townshipReview: {
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        decision: {
                            /** @enum {string} */
                            decision: "confirm" | "reject";
                            decidedOn: string;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        withdrawal: {
                            reason: string;
                            at: string;
                            by: string;
                        } | null;
                        objections: {
                            total: number;
                            /** @description awaiting the township's finding: they block the county's confirmation */
                            open: number;
                            /** @description found valid: the county may only reject */
                            upheld: number;
                        };
                        version: number;
                        updatedAt: string;
                        kindLabel: string;
                        statusLabel: string;
                        categoryLabel: string;
                        timeline: {
                            /** @description the assessment's version this step made */
                            seq: number;
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            at: string;
                            /** @description the staff account, or `public` for an objection filed on the public board */
                            by: string;
                            from: ("opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn") | null;
                            /** @enum {string} */
                            to: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                            /** @description pass/fail, confirm/reject, upheld/not_upheld where the step has one */
                            outcome: string | null;
                            note: string | null;
                            objectionId: string | null;
                        }[];
                        objectionList: {
                            objectionId: string;
                            assessmentId: string;
                            noticeId: string;
                            /**
                             * @description public: filed on the public board; staff: heard in the village and recorded
                             * @enum {string}
                             */
                            channel: "public" | "staff";
                            receivedOn: string;
                            note: string;
                            /** @description the objector's contact, masked (kept encrypted) */
                            contactMasked: string | null;
                            recordedBy: string;
                            at: string;
                            finding: {
                                /** @enum {string} */
                                outcome: "upheld" | "not_upheld";
                                note: string;
                                at: string;
                                by: string;
                            } | null;
                        }[];
                        nextSteps: {
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            /** @description whether the viewer may take it now */
                            allowed: boolean;
                            blockedBy: ("read_only_area" | "role" | "separation_of_duties" | "county_level" | "notice_period_not_over" | "objection_unresolved" | "objection_upheld") | null;
                            /** @description for a county decision waiting on the notice: the first day it may be taken */
                            availableOn: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "postAssessmentsAssessmentIdTownship-review": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description pass: goes to the county; fail: the assessment ends
                     * @enum {string}
                     */
                    outcome: "pass" | "fail";
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessmentId: string;
                        /** @enum {string} */
                        kind: "identification" | "removal";
                        /** @enum {string} */
                        status: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                        householdId: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        villageId: string;
                        villageName: string;
                        headName: string;
                        leadId: string | null;
                        /**
                         * @description the monitoring category proposed (identification) or held (removal)
                         * @enum {string}
                         */
                        category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        /**
                         * @description what the household goes back to if the assessment does not succeed
                         * @enum {string}
                         */
                        householdStatusBefore: "registered" | "identifying" | "monitored" | "removing" | "removed";
                        openNote: string | null;
                        openedAt: string;
                        openedBy: string;
                        visit: {
                            visitedOn: string;
                            visitors: string[];
                            findings: string;
                            consent: {
                                signed: boolean;
                                signedOn: string;
                            };
                            removalChecks: {
                                /** @description the year the income figure is for */
                                year: number;
                                /** @description per-person income found at the visit; must be above the county's line of that year */
                                perCapitaIncomeFen: number;
                                /** @description the income is stable (steady work or business, no large shock expected) */
                                incomeStable: boolean;
                                /** @description 不愁吃、不愁穿 */
                                foodAndClothing: boolean;
                                /** @description 义务教育有保障 */
                                compulsoryEducation: boolean;
                                /** @description 基本医疗有保障 */
                                basicMedicalInsurance: boolean;
                                /** @description 住房安全有保障 */
                                safeHousing: boolean;
                                /** @description 饮水安全有保障 */
                                safeDrinkingWater: boolean;
                                /** @description the county's line of that year, when checked */
                                incomeLineFen: number;
                            } | null;
                            at: string;
                            by: string;
                        } | null;
                        villageReview: {
                            heldOn: string;
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            attendees: number;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        notice: {
                            /** @description the notice on the public board (GET /public/notices) */
                            noticeId: string;
                            startsOn: string;
                            /** @description its last day; the county may decide from the day after */
                            endsOn: string;
                            days: number;
                            note: string | null;
                            at: string;
                            by: string;
                        } | null;
                        townshipReview: {
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        decision: {
                            /** @enum {string} */
                            decision: "confirm" | "reject";
                            decidedOn: string;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        withdrawal: {
                            reason: string;
                            at: string;
                            by: string;
                        } | null;
                        objections: {
                            total: number;
                            /** @description awaiting the township's finding: they block the county's confirmation */
                            open: number;
                            /** @description found valid: the county may only reject */
                            upheld: number;
                        };
                        version: number;
                        updatedAt: string;
                        kindLabel: string;
                        statusLabel: string;
                        categoryLabel: string;
                        timeline: {
                            /** @description the assessment's version this step made */
                            seq: number;
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            at: string;
                            /** @description the staff account, or `public` for an objection filed on the public board */
                            by: string;
                            from: ("opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn") | null;
                            /** @enum {string} */
                            to: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                            /** @description pass/fail, confirm/reject, upheld/not_upheld where the step has one */
                            outcome: string | null;
                            note: string | null;
                            objectionId: string | null;
                        }[];
                        objectionList: {
                            objectionId: string;
                            assessmentId: string;
                            noticeId: string;
                            /**
                             * @description public: filed on the public board; staff: heard in the village and recorded
                             * @enum {string}
                             */
                            channel: "public" | "staff";
                            receivedOn: string;
                            note: string;
                            /** @description the objector's contact, masked (kept encrypted) */
                            contactMasked: string | null;
                            recordedBy: string;
                            at: string;
                            finding: {
                                /** @enum {string} */
                                outcome: "upheld" | "not_upheld";
                                note: string;
                                at: string;
                                by: string;
                            } | null;
                        }[];
                        nextSteps: {
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            /** @description whether the viewer may take it now */
                            allowed: boolean;
                            blockedBy: ("read_only_area" | "role" | "separation_of_duties" | "county_level" | "notice_period_not_over" | "objection_unresolved" | "objection_upheld") | null;
                            /** @description for a county decision waiting on the notice: the first day it may be taken */
                            availableOn: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "postAssessmentsAssessmentIdCounty-decision": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description confirm: the household becomes (or stops being) a 监测对象 today; reject: it stays as it was
                     * @enum {string}
                     */
                    decision: "confirm" | "reject";
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessmentId: string;
                        /** @enum {string} */
                        kind: "identification" | "removal";
                        /** @enum {string} */
                        status: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                        householdId: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        villageId: string;
                        villageName: string;
                        headName: string;
                        leadId: string | null;
                        /**
                         * @description the monitoring category proposed (identification) or held (removal)
                         * @enum {string}
                         */
                        category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        /**
                         * @description what the household goes back to if the assessment does not succeed
                         * @enum {string}
                         */
                        householdStatusBefore: "registered" | "identifying" | "monitored" | "removing" | "removed";
                        openNote: string | null;
                        openedAt: string;
                        openedBy: string;
                        visit: {
                            visitedOn: string;
                            visitors: string[];
                            findings: string;
                            consent: {
                                signed: boolean;
                                signedOn: string;
                            };
                            removalChecks: {
                                /** @description the year the income figure is for */
                                year: number;
                                /** @description per-person income found at the visit; must be above the county's line of that year */
                                perCapitaIncomeFen: number;
                                /** @description the income is stable (steady work or business, no large shock expected) */
                                incomeStable: boolean;
                                /** @description 不愁吃、不愁穿 */
                                foodAndClothing: boolean;
                                /** @description 义务教育有保障 */
                                compulsoryEducation: boolean;
                                /** @description 基本医疗有保障 */
                                basicMedicalInsurance: boolean;
                                /** @description 住房安全有保障 */
                                safeHousing: boolean;
                                /** @description 饮水安全有保障 */
                                safeDrinkingWater: boolean;
                                /** @description the county's line of that year, when checked */
                                incomeLineFen: number;
                            } | null;
                            at: string;
                            by: string;
                        } | null;
                        villageReview: {
                            heldOn: string;
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            attendees: number;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        notice: {
                            /** @description the notice on the public board (GET /public/notices) */
                            noticeId: string;
                            startsOn: string;
                            /** @description its last day; the county may decide from the day after */
                            endsOn: string;
                            days: number;
                            note: string | null;
                            at: string;
                            by: string;
                        } | null;
                        townshipReview: {
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        decision: {
                            /** @enum {string} */
                            decision: "confirm" | "reject";
                            decidedOn: string;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        withdrawal: {
                            reason: string;
                            at: string;
                            by: string;
                        } | null;
                        objections: {
                            total: number;
                            /** @description awaiting the township's finding: they block the county's confirmation */
                            open: number;
                            /** @description found valid: the county may only reject */
                            upheld: number;
                        };
                        version: number;
                        updatedAt: string;
                        kindLabel: string;
                        statusLabel: string;
                        categoryLabel: string;
                        timeline: {
                            /** @description the assessment's version this step made */
                            seq: number;
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            at: string;
                            /** @description the staff account, or `public` for an objection filed on the public board */
                            by: string;
                            from: ("opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn") | null;
                            /** @enum {string} */
                            to: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                            /** @description pass/fail, confirm/reject, upheld/not_upheld where the step has one */
                            outcome: string | null;
                            note: string | null;
                            objectionId: string | null;
                        }[];
                        objectionList: {
                            objectionId: string;
                            assessmentId: string;
                            noticeId: string;
                            /**
                             * @description public: filed on the public board; staff: heard in the village and recorded
                             * @enum {string}
                             */
                            channel: "public" | "staff";
                            receivedOn: string;
                            note: string;
                            /** @description the objector's contact, masked (kept encrypted) */
                            contactMasked: string | null;
                            recordedBy: string;
                            at: string;
                            finding: {
                                /** @enum {string} */
                                outcome: "upheld" | "not_upheld";
                                note: string;
                                at: string;
                                by: string;
                            } | null;
                        }[];
                        nextSteps: {
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            /** @description whether the viewer may take it now */
                            allowed: boolean;
                            blockedBy: ("read_only_area" | "role" | "separation_of_duties" | "county_level" | "notice_period_not_over" | "objection_unresolved" | "objection_upheld") | null;
                            /** @description for a county decision waiting on the notice: the first day it may be taken */
                            availableOn: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postAssessmentsAssessmentIdWithdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessmentId: string;
                        /** @enum {string} */
                        kind: "identification" | "removal";
                        /** @enum {string} */
                        status: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                        householdId: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        villageId: string;
                        villageName: string;
                        headName: string;
                        leadId: string | null;
                        /**
                         * @description the monitoring category proposed (identification) or held (removal)
                         * @enum {string}
                         */
                        category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        /**
                         * @description what the household goes back to if the assessment does not succeed
                         * @enum {string}
                         */
                        householdStatusBefore: "registered" | "identifying" | "monitored" | "removing" | "removed";
                        openNote: string | null;
                        openedAt: string;
                        openedBy: string;
                        visit: {
                            visitedOn: string;
                            visitors: string[];
                            findings: string;
                            consent: {
                                signed: boolean;
                                signedOn: string;
                            };
                            removalChecks: {
                                /** @description the year the income figure is for */
                                year: number;
                                /** @description per-person income found at the visit; must be above the county's line of that year */
                                perCapitaIncomeFen: number;
                                /** @description the income is stable (steady work or business, no large shock expected) */
                                incomeStable: boolean;
                                /** @description 不愁吃、不愁穿 */
                                foodAndClothing: boolean;
                                /** @description 义务教育有保障 */
                                compulsoryEducation: boolean;
                                /** @description 基本医疗有保障 */
                                basicMedicalInsurance: boolean;
                                /** @description 住房安全有保障 */
                                safeHousing: boolean;
                                /** @description 饮水安全有保障 */
                                safeDrinkingWater: boolean;
                                /** @description the county's line of that year, when checked */
                                incomeLineFen: number;
                            } | null;
                            at: string;
                            by: string;
                        } | null;
                        villageReview: {
                            heldOn: string;
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            attendees: number;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        notice: {
                            /** @description the notice on the public board (GET /public/notices) */
                            noticeId: string;
                            startsOn: string;
                            /** @description its last day; the county may decide from the day after */
                            endsOn: string;
                            days: number;
                            note: string | null;
                            at: string;
                            by: string;
                        } | null;
                        townshipReview: {
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        decision: {
                            /** @enum {string} */
                            decision: "confirm" | "reject";
                            decidedOn: string;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        withdrawal: {
                            reason: string;
                            at: string;
                            by: string;
                        } | null;
                        objections: {
                            total: number;
                            /** @description awaiting the township's finding: they block the county's confirmation */
                            open: number;
                            /** @description found valid: the county may only reject */
                            upheld: number;
                        };
                        version: number;
                        updatedAt: string;
                        kindLabel: string;
                        statusLabel: string;
                        categoryLabel: string;
                        timeline: {
                            /** @description the assessment's version this step made */
                            seq: number;
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            at: string;
                            /** @description the staff account, or `public` for an objection filed on the public board */
                            by: string;
                            from: ("opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn") | null;
                            /** @enum {string} */
                            to: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                            /** @description pass/fail, confirm/reject, upheld/not_upheld where the step has one */
                            outcome: string | null;
                            note: string | null;
                            objectionId: string | null;
                        }[];
                        objectionList: {
                            objectionId: string;
                            assessmentId: string;
                            noticeId: string;
                            /**
                             * @description public: filed on the public board; staff: heard in the village and recorded
                             * @enum {string}
                             */
                            channel: "public" | "staff";
                            receivedOn: string;
                            note: string;
                            /** @description the objector's contact, masked (kept encrypted) */
                            contactMasked: string | null;
                            recordedBy: string;
                            at: string;
                            finding: {
                                /** @enum {string} */
                                outcome: "upheld" | "not_upheld";
                                note: string;
                                at: string;
                                by: string;
                            } | null;
                        }[];
                        nextSteps: {
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            /** @description whether the viewer may take it now */
                            allowed: boolean;
                            blockedBy: ("read_only_area" | "role" | "separation_of_duties" | "county_level" | "notice_period_not_over" | "objection_unresolved" | "objection_upheld") | null;
                            /** @description for a county decision waiting on the notice: the first day it may be taken */
                            availableOn: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postAssessmentsAssessmentIdObjections: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the day it was raised: within the notice period, not in the future */
                    receivedOn: string;
                    note: string;
                    /** @description how to reach the objector; kept encrypted and shown only masked */
                    contact?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessmentId: string;
                        /** @enum {string} */
                        kind: "identification" | "removal";
                        /** @enum {string} */
                        status: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                        householdId: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        villageId: string;
                        villageName: string;
                        headName: string;
                        leadId: string | null;
                        /**
                         * @description the monitoring category proposed (identification) or held (removal)
                         * @enum {string}
                         */
                        category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        /**
                         * @description what the household goes back to if the assessment does not succeed
                         * @enum {string}
                         */
                        householdStatusBefore: "registered" | "identifying" | "monitored" | "removing" | "removed";
                        openNote: string | null;
                        openedAt: string;
                        openedBy: string;
                        visit: {
                            visitedOn: string;
                            visitors: string[];
                            findings: string;
                            consent: {
                                signed: boolean;
                                signedOn: string;
                            };
                            removalChecks: {
                                /** @description the year the income figure is for */
                                year: number;
                                /** @description per-person income found at the visit; must be above the county's line of that year */
                                perCapitaIncomeFen: number;
                                /** @description the income is stable (steady work or business, no large shock expected) */
                                incomeStable: boolean;
                                /** @description 不愁吃、不愁穿 */
                                foodAndClothing: boolean;
                                /** @description 义务教育有保障 */
                                compulsoryEducation: boolean;
                                /** @description 基本医疗有保障 */
                                basicMedicalInsurance: boolean;
                                /** @description 住房安全有保障 */
                                safeHousing: boolean;
                                /** @description 饮水安全有保障 */
                                safeDrinkingWater: boolean;
                                /** @description the county's line of that year, when checked */
                                incomeLineFen: number;
                            } | null;
                            at: string;
                            by: string;
                        } | null;
                        villageReview: {
                            heldOn: string;
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            attendees: number;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        notice: {
                            /** @description the notice on the public board (GET /public/notices) */
                            noticeId: string;
                            startsOn: string;
                            /** @description its last day; the county may decide from the day after */
                            endsOn: string;
                            days: number;
                            note: string | null;
                            at: string;
                            by: string;
                        } | null;
                        townshipReview: {
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        decision: {
                            /** @enum {string} */
                            decision: "confirm" | "reject";
                            decidedOn: string;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        withdrawal: {
                            reason: string;
                            at: string;
                            by: string;
                        } | null;
                        objections: {
                            total: number;
                            /** @description awaiting the township's finding: they block the county's confirmation */
                            open: number;
                            /** @description found valid: the county may only reject */
                            upheld: number;
                        };
                        version: number;
                        updatedAt: string;
                        kindLabel: string;
                        statusLabel: string;
                        categoryLabel: string;
                        timeline: {
                            /** @description the assessment's version this step made */
                            seq: number;
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            at: string;
                            /** @description the staff account, or `public` for an objection filed on the public board */
                            by: string;
                            from: ("opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn") | null;
                            /** @enum {string} */
                            to: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                            /** @description pass/fail, confirm/reject, upheld/not_upheld where the step has one */
                            outcome: string | null;
                            note: string | null;
                            objectionId: string | null;
                        }[];
                        objectionList: {
                            objectionId: string;
                            assessmentId: string;
                            noticeId: string;
                            /**
                             * @description public: filed on the public board; staff: heard in the village and recorded
                             * @enum {string}
                             */
                            channel: "public" | "staff";
                            receivedOn: string;
                            note: string;
                            /** @description the objector's contact, masked (kept encrypted) */
                            contactMasked: string | null;
                            recordedBy: string;
                            at: string;
                            finding: {
                                /** @enum {string} */
                                outcome: "upheld" | "not_upheld";
                                note: string;
                                at: string;
                                by: string;
                            } | null;
                        }[];
                        nextSteps: {
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            /** @description whether the viewer may take it now */
                            allowed: boolean;
                            blockedBy: ("read_only_area" | "role" | "separation_of_duties" | "county_level" | "notice_period_not_over" | "objection_unresolved" | "objection_upheld") | null;
                            /** @description for a county decision waiting on the notice: the first day it may be taken */
                            availableOn: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postAssessmentsAssessmentIdObjectionsObjectionIdFinding: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                assessmentId: string;
                objectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description upheld: the county may then only reject; not_upheld: the objection no longer blocks
                     * @enum {string}
                     */
                    outcome: "upheld" | "not_upheld";
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessmentId: string;
                        /** @enum {string} */
                        kind: "identification" | "removal";
                        /** @enum {string} */
                        status: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                        householdId: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        villageId: string;
                        villageName: string;
                        headName: string;
                        leadId: string | null;
                        /**
                         * @description the monitoring category proposed (identification) or held (removal)
                         * @enum {string}
                         */
                        category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        /**
                         * @description what the household goes back to if the assessment does not succeed
                         * @enum {string}
                         */
                        householdStatusBefore: "registered" | "identifying" | "monitored" | "removing" | "removed";
                        openNote: string | null;
                        openedAt: string;
                        openedBy: string;
                        visit: {
                            visitedOn: string;
                            visitors: string[];
                            findings: string;
                            consent: {
                                signed: boolean;
                                signedOn: string;
                            };
                            removalChecks: {
                                /** @description the year the income figure is for */
                                year: number;
                                /** @description per-person income found at the visit; must be above the county's line of that year */
                                perCapitaIncomeFen: number;
                                /** @description the income is stable (steady work or business, no large shock expected) */
                                incomeStable: boolean;
                                /** @description 不愁吃、不愁穿 */
                                foodAndClothing: boolean;
                                /** @description 义务教育有保障 */
                                compulsoryEducation: boolean;
                                /** @description 基本医疗有保障 */
                                basicMedicalInsurance: boolean;
                                /** @description 住房安全有保障 */
                                safeHousing: boolean;
                                /** @description 饮水安全有保障 */
                                safeDrinkingWater: boolean;
                                /** @description the county's line of that year, when checked */
                                incomeLineFen: number;
                            } | null;
                            at: string;
                            by: string;
                        } | null;
                        villageReview: {
                            heldOn: string;
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            attendees: number;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        notice: {
                            /** @description the notice on the public board (GET /public/notices) */
                            noticeId: string;
                            startsOn: string;
                            /** @description its last day; the county may decide from the day after */
                            endsOn: string;
                            days: number;
                            note: string | null;
                            at: string;
                            by: string;
                        } | null;
                        townshipReview: {
                            /** @enum {string} */
                            outcome: "pass" | "fail";
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        decision: {
                            /** @enum {string} */
                            decision: "confirm" | "reject";
                            decidedOn: string;
                            note: string;
                            at: string;
                            by: string;
                        } | null;
                        withdrawal: {
                            reason: string;
                            at: string;
                            by: string;
                        } | null;
                        objections: {
                            total: number;
                            /** @description awaiting the township's finding: they block the county's confirmation */
                            open: number;
                            /** @description found valid: the county may only reject */
                            upheld: number;
                        };
                        version: number;
                        updatedAt: string;
                        kindLabel: string;
                        statusLabel: string;
                        categoryLabel: string;
                        timeline: {
                            /** @description the assessment's version this step made */
                            seq: number;
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            at: string;
                            /** @description the staff account, or `public` for an objection filed on the public board */
                            by: string;
                            from: ("opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn") | null;
                            /** @enum {string} */
                            to: "opened" | "visited" | "village_reviewed" | "noticed" | "township_reviewed" | "confirmed" | "rejected" | "withdrawn";
                            /** @description pass/fail, confirm/reject, upheld/not_upheld where the step has one */
                            outcome: string | null;
                            note: string | null;
                            objectionId: string | null;
                        }[];
                        objectionList: {
                            objectionId: string;
                            assessmentId: string;
                            noticeId: string;
                            /**
                             * @description public: filed on the public board; staff: heard in the village and recorded
                             * @enum {string}
                             */
                            channel: "public" | "staff";
                            receivedOn: string;
                            note: string;
                            /** @description the objector's contact, masked (kept encrypted) */
                            contactMasked: string | null;
                            recordedBy: string;
                            at: string;
                            finding: {
                                /** @enum {string} */
                                outcome: "upheld" | "not_upheld";
                                note: string;
                                at: string;
                                by: string;
                            } | null;
                        }[];
                        nextSteps: {
                            /** @enum {string} */
                            step: "open" | "visit" | "village_review" | "notice" | "township_review" | "county_decision" | "withdraw" | "objection" | "objection_finding";
                            stepLabel: string;
                            /** @description whether the viewer may take it now */
                            allowed: boolean;
                            blockedBy: ("read_only_area" | "role" | "separation_of_duties" | "county_level" | "notice_period_not_over" | "objection_unresolved" | "objection_upheld") | null;
                            /** @description for a county decision waiting on the notice: the first day it may be taken */
                            availableOn: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getPublicNotices: {
        parameters: {
            query: {
                /** @description the 县/区 whose notices to show */
                county: string;
                township?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            noticeId: string;
                            /** @enum {string} */
                            kind: "identification" | "removal" | "claim_proposal" | "claim";
                            kindLabel: string;
                            /** @description the head of household's name, masked: first and last character shown (张*国, 张*) */
                            name: string;
                            county: string;
                            township: string;
                            villageName: string;
                            /** @description the monitoring category (identification, removal) */
                            category: ("unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship") | null;
                            categoryLabel: string | null;
                            /** @description the claim's cause id */
                            cause: string | null;
                            causeLabel: string | null;
                            /** @description a claim's payout: proposed (claim_proposal, as computed when filed; the approval may differ) or approved (claim) */
                            amountFen: number | null;
                            startsOn: string;
                            /** @description the notice's last day */
                            endsOn: string;
                            /** @description whether POST /public/notices/{noticeId}/objections takes one now */
                            acceptsObjections: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postPublicNoticesNoticeIdObjections: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                noticeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description what the objection is about */
                    note: string;
                    /** @description how the village may reach you (never shown publicly; kept encrypted) */
                    contact?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        objectionId: string;
                        noticeId: string;
                        receivedOn: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "getRisk-leads": {
        parameters: {
            query?: {
                /** @description required for province and city staff and national administrators; county and township staff list their own */
                county?: string;
                /** @description one township's inbox (township staff: always their own) */
                township?: string;
                /** @description default: the unresolved ones (open and assessing) */
                status?: "open" | "assessing" | "closed" | "dismissed";
                /** @description true: only unresolved leads past their due date */
                overdue?: "true" | "false";
                source?: "self_report" | "cadre_visit" | "medical_insurance" | "civil_affairs" | "disabled_persons" | "disaster" | "income_monitoring";
                /** @description one household's leads (all statuses unless status is given) */
                householdId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            leadId: string;
                            householdId: string;
                            province: string;
                            city: string;
                            county: string;
                            township: string;
                            villageId: string;
                            villageName: string;
                            headName: string;
                            /** @enum {string} */
                            source: "self_report" | "cadre_visit" | "medical_insurance" | "civil_affairs" | "disabled_persons" | "disaster" | "income_monitoring";
                            description: string;
                            facts: {
                                /** @description annual out-of-pocket medical cost after basic insurance (a batch: summed over the household's people) */
                                medicalCostFen: number | null;
                                perCapitaIncomeFen: number | null;
                                /** @description the year the figures are of */
                                year: number | null;
                                /** @description the department's own kind of event, e.g. 新增低保, 临时救助, 一级残疾 */
                                kind: string | null;
                                /** @description the early-warning rule the figures crossed, e.g. medical_cost */
                                rule: ("medical_cost" | "income_below_line" | "department_flag") | null;
                                /** @description the threshold the figure crossed: above it for a cost, below it for an income */
                                thresholdFen: number | null;
                            };
                            /** @description the department batch that raised it */
                            batchId: string | null;
                            /** @description the rows of that batch about this household */
                            batchRows: number[];
                            /** @description the day the sign was seen: the visit, the household's report, the department's import */
                            reportedOn: string;
                            /** @enum {string} */
                            status: "open" | "assessing" | "closed" | "dismissed";
                            /** @description the last day to resolve it (reportedOn + the county's lead deadline); overdue after */
                            dueOn: string;
                            assessmentId: string | null;
                            resolution: {
                                /** @enum {string} */
                                outcome: "identified" | "not_identified" | "dismissed";
                                at: string;
                                by: string;
                                note: string;
                                /** @description resolved after its due date */
                                late: boolean;
                            } | null;
                            version: number;
                            createdAt: string;
                            createdBy: string;
                            updatedAt: string;
                            sourceLabel: string;
                            statusLabel: string;
                            /** @description unresolved (open or assessing) and its due date has passed (in China) */
                            overdue: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "postRisk-leads": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description same key and body → the same result; same key, other body → 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description a household registered in the caller's area */
                    householdId: string;
                    /**
                     * @description self_report 农户自主申报, cadre_visit 干部走访排查, or the department whose data it is
                     * @enum {string}
                     */
                    source: "self_report" | "cadre_visit" | "medical_insurance" | "civil_affairs" | "disabled_persons" | "disaster" | "income_monitoring";
                    /** @description what was seen or reported */
                    description: string;
                    /** @description the day of the visit or report (default today; not in the future, at most 90 days ago); the deadline runs from it */
                    reportedOn?: string;
                    /** @description the year the figures are of (a department's lead: default the year of reportedOn) */
                    year?: number;
                    /** @description annual out-of-pocket medical cost after basic insurance, in fen */
                    medicalCostFen?: number;
                    /** @description per-person income of the year, in fen */
                    perCapitaIncomeFen?: number;
                    /** @description the department's kind of event, e.g. 新增低保 */
                    kind?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        leadId: string;
                        householdId: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        villageId: string;
                        villageName: string;
                        headName: string;
                        /** @enum {string} */
                        source: "self_report" | "cadre_visit" | "medical_insurance" | "civil_affairs" | "disabled_persons" | "disaster" | "income_monitoring";
                        description: string;
                        facts: {
                            /** @description annual out-of-pocket medical cost after basic insurance (a batch: summed over the household's people) */
                            medicalCostFen: number | null;
                            perCapitaIncomeFen: number | null;
                            /** @description the year the figures are of */
                            year: number | null;
                            /** @description the department's own kind of event, e.g. 新增低保, 临时救助, 一级残疾 */
                            kind: string | null;
                            /** @description the early-warning rule the figures crossed, e.g. medical_cost */
                            rule: ("medical_cost" | "income_below_line" | "department_flag") | null;
                            /** @description the threshold the figure crossed: above it for a cost, below it for an income */
                            thresholdFen: number | null;
                        };
                        /** @description the department batch that raised it */
                        batchId: string | null;
                        /** @description the rows of that batch about this household */
                        batchRows: number[];
                        /** @description the day the sign was seen: the visit, the household's report, the department's import */
                        reportedOn: string;
                        /** @enum {string} */
                        status: "open" | "assessing" | "closed" | "dismissed";
                        /** @description the last day to resolve it (reportedOn + the county's lead deadline); overdue after */
                        dueOn: string;
                        assessmentId: string | null;
                        resolution: {
                            /** @enum {string} */
                            outcome: "identified" | "not_identified" | "dismissed";
                            at: string;
                            by: string;
                            note: string;
                            /** @description resolved after its due date */
                            late: boolean;
                        } | null;
                        version: number;
                        createdAt: string;
                        createdBy: string;
                        updatedAt: string;
                        sourceLabel: string;
                        statusLabel: string;
                        /** @description unresolved (open or assessing) and its due date has passed (in China) */
                        overdue: boolean;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "getRisk-leadsLeadId": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                leadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        leadId: string;
                        householdId: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        villageId: string;
                        villageName: string;
                        headName: string;
                        /** @enum {string} */
                        source: "self_report" | "cadre_visit" | "medical_insurance" | "civil_affairs" | "disabled_persons" | "disaster" | "income_monitoring";
                        description: string;
                        facts: {
                            /** @description annual out-of-pocket medical cost after basic insurance (a batch: summed over the household's people) */
                            medicalCostFen: number | null;
                            perCapitaIncomeFen: number | null;
                            /** @description the year the figures are of */
                            year: number | null;
                            /** @description the department's own kind of event, e.g. 新增低保, 临时救助, 一级残疾 */
                            kind: string | null;
                            /** @description the early-warning rule the figures crossed, e.g. medical_cost */
                            rule: ("medical_cost" | "income_below_line" | "department_flag") | null;
                            /** @description the threshold the figure crossed: above it for a cost, below it for an income */
                            thresholdFen: number | null;
                        };
                        /** @description the department batch that raised it */
                        batchId: string | null;
                        /** @description the rows of that batch about this household */
                        batchRows: number[];
                        /** @description the day the sign was seen: the visit, the household's report, the department's import */
                        reportedOn: string;
                        /** @enum {string} */
                        status: "open" | "assessing" | "closed" | "dismissed";
                        /** @description the last day to resolve it (reportedOn + the county's lead deadline); overdue after */
                        dueOn: string;
                        assessmentId: string | null;
                        resolution: {
                            /** @enum {string} */
                            outcome: "identified" | "not_identified" | "dismissed";
                            at: string;
                            by: string;
                            note: string;
                            /** @description resolved after its due date */
                            late: boolean;
                        } | null;
                        version: number;
                        createdAt: string;
                        createdBy: string;
                        updatedAt: string;
                        sourceLabel: string;
                        statusLabel: string;
                        /** @description unresolved (open or assessing) and its due date has passed (in China) */
                        overdue: boolean;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "postRisk-leadsLeadIdDismiss": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                leadId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description why the lead needs no identification (kept with the lead) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        leadId: string;
                        householdId: string;
                        province: string;
                        city: string;
                        county: string;
                        township: string;
                        villageId: string;
                        villageName: string;
                        headName: string;
                        /** @enum {string} */
                        source: "self_report" | "cadre_visit" | "medical_insurance" | "civil_affairs" | "disabled_persons" | "disaster" | "income_monitoring";
                        description: string;
                        facts: {
                            /** @description annual out-of-pocket medical cost after basic insurance (a batch: summed over the household's people) */
                            medicalCostFen: number | null;
                            perCapitaIncomeFen: number | null;
                            /** @description the year the figures are of */
                            year: number | null;
                            /** @description the department's own kind of event, e.g. 新增低保, 临时救助, 一级残疾 */
                            kind: string | null;
                            /** @description the early-warning rule the figures crossed, e.g. medical_cost */
                            rule: ("medical_cost" | "income_below_line" | "department_flag") | null;
                            /** @description the threshold the figure crossed: above it for a cost, below it for an income */
                            thresholdFen: number | null;
                        };
                        /** @description the department batch that raised it */
                        batchId: string | null;
                        /** @description the rows of that batch about this household */
                        batchRows: number[];
                        /** @description the day the sign was seen: the visit, the household's report, the department's import */
                        reportedOn: string;
                        /** @enum {string} */
                        status: "open" | "assessing" | "closed" | "dismissed";
                        /** @description the last day to resolve it (reportedOn + the county's lead deadline); overdue after */
                        dueOn: string;
                        assessmentId: string | null;
                        resolution: {
                            /** @enum {string} */
                            outcome: "identified" | "not_identified" | "dismissed";
                            at: string;
                            by: string;
                            note: string;
                            /** @description resolved after its due date */
                            late: boolean;
                        } | null;
                        version: number;
                        createdAt: string;
                        createdBy: string;
                        updatedAt: string;
                        sourceLabel: string;
                        statusLabel: string;
                        /** @description unresolved (open or assessing) and its due date has passed (in China) */
                        overdue: boolean;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "postDepartment-batches": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description same key and body → the same result; same key, other body → 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description the department: medical_insurance 医保, civil_affairs 民政, disabled_persons 残联, disaster 灾情, income_monitoring 收入监测
                     * @enum {string}
                     */
                    source: "medical_insurance" | "civil_affairs" | "disabled_persons" | "disaster" | "income_monitoring";
                    /** @description the county the batch is about: national administrators name it; county staff may only name their own */
                    county?: string;
                    /** @description the year of the figures, for rows (or a CSV) without a year column */
                    year?: number;
                    /** @description JSON rows: {idNumber, medicalCostFen?, perCapitaIncomeFen?, year?, kind?, note?}; each is checked on its own */
                    rows?: unknown[];
                    /** @description a CSV file's text with a header row, Chinese or English: 身份证号, 自付医疗费用(元), 人均纯收入(元), 年度, 类型, 备注 (amounts in yuan) */
                    csv?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description named by the batch's content: the same batch imported again has the same id */
                        batchId: string;
                        county: string;
                        /** @enum {string} */
                        source: "medical_insurance" | "civil_affairs" | "disabled_persons" | "disaster" | "income_monitoring";
                        /** @description when the batch was first imported */
                        importedAt: string;
                        /** @description data rows read, valid or not */
                        rows: number;
                        /** @description valid rows naming a person registered in a household of the county */
                        matched: number;
                        /** @description valid rows naming nobody registered in the county */
                        unmatched: number;
                        unmatchedRows: number[];
                        /** @description rows refused, by number and column; never with their resident id */
                        invalid: {
                            /** @description 1 = the first data row */
                            row: number;
                            /** @description the line in the CSV file (the header is line 1) */
                            line?: number;
                            field: string;
                            /** @description machine-readable, e.g. resident_id, not_an_amount, too_precise, duplicate */
                            issue: string;
                            problem: string;
                        }[];
                        /** @description CSV columns not read (e.g. 姓名) */
                        ignoredColumns: string[];
                        /** @description households (per year) the matched rows are about: a household's rows are taken together */
                        households: number;
                        leadsRaised: number;
                        /** @description households over a rule that already have an unresolved lead of this source and year */
                        alreadyOpen: number;
                        /** @description households under every rule of the county */
                        belowThreshold: number;
                        /** @description the leads this batch raised */
                        leads: string[];
                        /** @description the unresolved leads that kept it from raising another */
                        alreadyOpenLeads: string[];
                        /** @description this very batch was imported before: nothing new was raised */
                        replayed: boolean;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getSchemesSchemeId: {
        parameters: {
            query?: {
                /** @description an earlier version; the current one by default */
                version?: number;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        schemeId: string;
                        version: number;
                        currentVersion: number;
                        /** @enum {string} */
                        kind: "insurance" | "relief";
                        kindLabel: string;
                        name: string;
                        county: string;
                        year: number;
                        /** @description first and last covered day, inclusive */
                        coveragePeriod: {
                            from: string;
                            to: string;
                        };
                        incomeLineFen: number;
                        /** @description as set; sudden_hardship is after_expense unless set */
                        incomeTest: {
                            [key: string]: "before_expense" | "after_expense";
                        };
                        eligibleCategories: ("unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship")[];
                        chain: {
                            homeVisit: boolean;
                            villageReview: boolean;
                            publicNotice: boolean;
                        };
                        rules: {
                            [key: string]: {
                                /** @description the cause as people call it */
                                label: string;
                                /** @enum {string} */
                                basis: "per_claim" | "household_year" | "person_year";
                                entryThresholdFen: number | null;
                                entryThresholdByCategoryFen: {
                                    [key: string]: number;
                                };
                                deductibleFen: number;
                                tiers: {
                                    upToFen: number | null;
                                    ratioBps: number;
                                }[];
                                perClaimCapFen: number | null;
                                perPersonYearCapFen: number | null;
                                perHouseholdYearCapFen: number | null;
                                requiredDocuments: ("invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other")[];
                            };
                        };
                        poolBalanceFen: number;
                        paidFen: number;
                        toppedUpFen: number;
                        createdAt: string;
                        createdBy: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    putSchemesSchemeId: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description insurance 防贫保险, relief 防贫救助
                     * @enum {string}
                     */
                    kind: "insurance" | "relief";
                    name: string;
                    /** @description 县/区 the scheme covers, e.g. 江口县 */
                    county: string;
                    /** @description the coverage year: yearly caps and burdens count in it; the coverage period starts in it */
                    year: number;
                    /** @description first and last covered day (保险期间), at most a year; by default the calendar year */
                    coveragePeriod?: {
                        from: string;
                        to: string;
                    };
                    /** @description 防贫线: per-person yearly income must be below it */
                    incomeLineFen: number;
                    /**
                     * @description by category: before_expense (income alone) or after_expense (income less the burden); sudden_hardship defaults to after_expense
                     * @default {}
                     */
                    incomeTest?: {
                        [key: string]: "before_expense" | "after_expense";
                    };
                    eligibleCategories: ("unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship")[];
                    /**
                     * @description which steps before the township's review the scheme's claims take
                     * @default {
                     *       "homeVisit": true,
                     *       "villageReview": true,
                     *       "publicNotice": true
                     *     }
                     */
                    chain?: {
                        /**
                         * @description 入户核查: at least two visitors and their findings
                         * @default true
                         */
                        homeVisit?: boolean;
                        /**
                         * @description 村级评议
                         * @default true
                         */
                        villageReview?: boolean;
                        /**
                         * @description 公示 for the county's minimum days, objections answered
                         * @default true
                         */
                        publicNotice?: boolean;
                    };
                    /** @description one rule per cause id: illness 因病, education 因学, disaster 因灾, accident 因意外, housing 因住房, or a county's own with a label */
                    rules: {
                        [key: string]: {
                            /** @description the cause as people call it (因住房); required for a cause that is not well known */
                            label?: string;
                            /**
                             * @description per_claim: each claim's self-paid cost; household_year / person_year: the burden accumulated over the coverage year, each claim paid the increment
                             * @default per_claim
                             * @enum {string}
                             */
                            basis?: "per_claim" | "household_year" | "person_year";
                            /**
                             * @description the burden must reach it for anything to be paid (an entry threshold, not a deductible); null: none
                             * @default null
                             */
                            entryThresholdFen?: number | null;
                            /**
                             * @description thresholds for particular categories, in place of entryThresholdFen (Handan)
                             * @default {}
                             */
                            entryThresholdByCategoryFen?: {
                                [key: string]: number;
                            };
                            /** @description taken from the burden before the bands (免赔额) */
                            deductibleFen: number;
                            tiers: {
                                /** @description upper end of the band in x (the amount above the deductible); null for the last */
                                upToFen: number | null;
                                ratioBps: number;
                            }[];
                            /** @description per claim; only on the per_claim basis */
                            perClaimCapFen: number | null;
                            /**
                             * @description per person per coverage year across the scheme's causes; claims must then name the member
                             * @default null
                             */
                            perPersonYearCapFen?: number | null;
                            /** @description per household per coverage year across the scheme's causes */
                            perHouseholdYearCapFen: number | null;
                            /**
                             * @description the document kinds a claim must carry before it can be reviewed (else 422 DOCUMENTS_MISSING)
                             * @default []
                             */
                            requiredDocuments?: ("invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other")[];
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        schemeId: string;
                        version: number;
                        currentVersion: number;
                        /** @enum {string} */
                        kind: "insurance" | "relief";
                        kindLabel: string;
                        name: string;
                        county: string;
                        year: number;
                        /** @description first and last covered day, inclusive */
                        coveragePeriod: {
                            from: string;
                            to: string;
                        };
                        incomeLineFen: number;
                        /** @description as set; sudden_hardship is after_expense unless set */
                        incomeTest: {
                            [key: string]: "before_expense" | "after_expense";
                        };
                        eligibleCategories: ("unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship")[];
                        chain: {
                            homeVisit: boolean;
                            villageReview: boolean;
                            publicNotice: boolean;
                        };
                        rules: {
                            [key: string]: {
                                /** @description the cause as people call it */
                                label: string;
                                /** @enum {string} */
                                basis: "per_claim" | "household_year" | "person_year";
                                entryThresholdFen: number | null;
                                entryThresholdByCategoryFen: {
                                    [key: string]: number;
                                };
                                deductibleFen: number;
                                tiers: {
                                    upToFen: number | null;
                                    ratioBps: number;
                                }[];
                                perClaimCapFen: number | null;
                                perPersonYearCapFen: number | null;
                                perHouseholdYearCapFen: number | null;
                                requiredDocuments: ("invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other")[];
                            };
                        };
                        poolBalanceFen: number;
                        paidFen: number;
                        toppedUpFen: number;
                        createdAt: string;
                        createdBy: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getSchemes: {
        parameters: {
            query?: {
                /** @description only the schemes of this 县/区 */
                county?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            schemeId: string;
                            version: number;
                            currentVersion: number;
                            /** @enum {string} */
                            kind: "insurance" | "relief";
                            kindLabel: string;
                            name: string;
                            county: string;
                            year: number;
                            /** @description first and last covered day, inclusive */
                            coveragePeriod: {
                                from: string;
                                to: string;
                            };
                            incomeLineFen: number;
                            /** @description as set; sudden_hardship is after_expense unless set */
                            incomeTest: {
                                [key: string]: "before_expense" | "after_expense";
                            };
                            eligibleCategories: ("unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship")[];
                            chain: {
                                homeVisit: boolean;
                                villageReview: boolean;
                                publicNotice: boolean;
                            };
                            rules: {
                                [key: string]: {
                                    /** @description the cause as people call it */
                                    label: string;
                                    /** @enum {string} */
                                    basis: "per_claim" | "household_year" | "person_year";
                                    entryThresholdFen: number | null;
                                    entryThresholdByCategoryFen: {
                                        [key: string]: number;
                                    };
                                    deductibleFen: number;
                                    tiers: {
                                        upToFen: number | null;
                                        ratioBps: number;
                                    }[];
                                    perClaimCapFen: number | null;
                                    perPersonYearCapFen: number | null;
                                    perHouseholdYearCapFen: number | null;
                                    requiredDocuments: ("invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other")[];
                                };
                            };
                            poolBalanceFen: number;
                            paidFen: number;
                            toppedUpFen: number;
                            createdAt: string;
                            createdBy: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "getSchemesSchemeIdTop-ups": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            topUpId: string;
                            schemeId: string;
                            amountFen: number;
                            source: string;
                            note?: string;
                            createdAt: string;
                            createdBy: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "postSchemesSchemeIdTop-ups": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description same key and body → the same result; same key, other body → 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountFen: number;
                    /** @description e.g. 县财政, 社会捐赠, 保费 */
                    source: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        topUpId: string;
                        schemeId: string;
                        amountFen: number;
                        source: string;
                        note?: string;
                        createdAt: string;
                        createdBy: string;
                        poolBalanceFen: number;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getClaims: {
        parameters: {
            query?: {
                status?: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                /** @description true: only open claims past their working-day deadline, the longest overdue first (of the caller's county, or ?county=) */
                overdue?: "true" | "false";
                schemeId?: string;
                /** @description required for province and city staff without a schemeId; county and township staff list their own */
                county?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            claimId: string;
                            householdId: string;
                            province: string;
                            city: string;
                            /** @description the household's county: the claim lies in its staff's area */
                            county: string;
                            township: string;
                            schemeId: string;
                            cause: string;
                            causeLabel: string;
                            incidentDate: string;
                            expenses: {
                                totalFen: number;
                                reimbursedFen: number;
                            };
                            /** @description the household as filed */
                            household: {
                                headName: string;
                                villageId: string;
                                county: string;
                                /** @enum {string} */
                                category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                                members: number;
                            };
                            /** @description the member the claim is for, as filed; null for a claim for the household */
                            member: {
                                memberId: string;
                                name: string;
                                relation: string;
                            } | null;
                            invoices: {
                                number: string;
                                issuer: string;
                                date: string;
                                amountFen: number;
                            }[];
                            /** @description filed although it may repeat another claim: why, and the reviewer's override once given */
                            possibleDuplicate: {
                                matches: {
                                    claimId: string;
                                    /** @enum {string} */
                                    reason: "invoice_reused" | "same_incident";
                                    invoiceNumber: string | null;
                                    cause: string;
                                    incidentDate: string;
                                    /** @enum {string} */
                                    status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                                }[];
                                explanation: string;
                                by: string;
                                at: string;
                                override: {
                                    reason: string;
                                    by: string;
                                    at: string;
                                } | null;
                            } | null;
                            documents: {
                                kind: string;
                                ref: string;
                            }[];
                            note: string | null;
                            /** @enum {string} */
                            status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            /**
                             * @description the step the claim waits for
                             * @enum {string}
                             */
                            stage: "home_visit" | "village_review" | "public_notice" | "township_review" | "county_approval" | "payment" | "closed";
                            /** @description the steps of its scheme when filed */
                            chain: {
                                homeVisit: boolean;
                                villageReview: boolean;
                                publicNotice: boolean;
                            };
                            /** @description the last day to pay it: the county's working-day deadline from filing */
                            dueOn: string;
                            /** @description open past dueOn */
                            overdue: boolean;
                            homeVisit: {
                                visitors: string[];
                                visitedOn: string;
                                findings: string;
                                by: string;
                                at: string;
                            } | null;
                            villageReview: {
                                /** @enum {string} */
                                decision: "pass" | "reject";
                                note: string;
                                by: string;
                                at: string;
                            } | null;
                            notice: {
                                startsOn: string;
                                endsOn: string;
                                by: string;
                                at: string;
                            } | null;
                            objections: {
                                objectionId: string;
                                /**
                                 * @description recorded by staff (village) or filed on the public board
                                 * @default village
                                 * @enum {string}
                                 */
                                channel: "village" | "public";
                                summary: string;
                                receivedOn: string;
                                /** @description the staff member who recorded it; `public` for the board */
                                recordedBy: string;
                                /**
                                 * @description the objector's contact, masked (kept encrypted)
                                 * @default null
                                 */
                                contactMasked: string | null;
                                at: string;
                                resolution: {
                                    upheld: boolean;
                                    finding: string;
                                    by: string;
                                    at: string;
                                } | null;
                            }[];
                            /** @description everyone who took a step: no one takes two (separation of duties) */
                            actors: string[];
                            payoutPreviewFen: number;
                            previewSchemeVersion: number;
                            approvedPayoutFen: number | null;
                            /** @description the scheme version the approval used */
                            schemeVersion: number | null;
                            capApplied: ("none" | "per_claim" | "person_year" | "household_year") | null;
                            caps: {
                                perClaimCapFen: number | null;
                                perPersonYearCapFen: number | null;
                                perHouseholdYearCapFen: number | null;
                                personYearPaidBeforeFen: number;
                                householdYearPaidBeforeFen: number;
                                uncappedFen: number;
                            } | null;
                            /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                            payoutBreakdown: {
                                /**
                                 * @description per_claim, or the household's or person's burden over the coverage year
                                 * @enum {string}
                                 */
                                basis: "per_claim" | "household_year" | "person_year";
                                /** @description this claim's total − reimbursed: the self-paid cost other policies left (合规自付) */
                                selfPaidFen: number;
                                /** @description the basis's burden from earlier approved claims in the year (0 per claim) */
                                burdenBeforeFen: number;
                                /** @description what the rule measures: this claim's self-paid cost, plus the earlier burden on an annual basis */
                                burdenFen: number;
                                /** @description the entry threshold for the household's category; null without one */
                                entryThresholdFen: number | null;
                                meetsThreshold: boolean;
                                /** @description the rule's deductible (免赔额) */
                                deductibleFen: number;
                                /** @description max(0, burden − deductible) once the threshold is met: the amount the bands split */
                                eligibleFen: number;
                                bands: {
                                    fromFen: number;
                                    toFen: number;
                                    ratioBps: number;
                                    /** @description the part of the eligible amount in this band */
                                    amountFen: number;
                                    /** @description what the band pays; the bands add up to entitledFen (one rounding down, of the exact sum) */
                                    paidFen: number;
                                }[];
                                /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                                beyondTiersFen: number;
                                /** @description what the whole burden is worth under the rule */
                                entitledFen: number;
                                /** @description what the basis was paid by earlier claims in the year (0 per claim) */
                                paidBeforeFen: number;
                                /** @description entitled − paid before: this claim's amount before the caps */
                                uncappedFen: number;
                                perClaimCapFen: number | null;
                                perPersonYearCapFen: number | null;
                                /** @description what the member had received from the scheme in the coverage year before this claim */
                                personYearPaidFen: number;
                                /** @description what was left of the person's yearly cap before this claim; null without one */
                                personYearRemainingFen: number | null;
                                perHouseholdYearCapFen: number | null;
                                /** @description what the household had received from the scheme in the coverage year before this claim */
                                householdYearPaidFen: number;
                                /** @description what was left of the household's yearly cap before this claim; null without one */
                                householdYearRemainingFen: number | null;
                                /** @enum {string} */
                                capApplied: "none" | "per_claim" | "person_year" | "household_year";
                                payoutFen: number;
                            } | null;
                            submittedBy: string;
                            reviewedBy: string | null;
                            approvedBy: string | null;
                            rejectedBy: string | null;
                            rejectionReason: string | null;
                            /** @description the bank's confirmation of the payment: the batch line that succeeded */
                            payment?: {
                                batchId: string;
                                bankReference: string | null;
                                at: string;
                                by: string;
                            };
                            /** @description payments the bank returned, oldest first, with its reason: the claim goes into a new batch */
                            paymentReturns?: {
                                batchId: string;
                                reason: string;
                                at: string;
                                by: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                            history?: {
                                actor: string;
                                action: string;
                                from: ("submitted" | "reviewed" | "approved" | "rejected" | "paid") | null;
                                /** @enum {string} */
                                to: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                                time: string;
                                note: string | null;
                                /** @description on document_confirmed and document_viewed, which change no status (from = to): the document confirmed or viewed */
                                document?: {
                                    documentId: string;
                                    /** @enum {string} */
                                    kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                                    fileName: string;
                                    /** @description the logged view (GET …/documents/{documentId}/views) of a document_viewed event; else null */
                                    viewId: string | null;
                                    /** @description 发票, 诊断证明, … */
                                    kindLabel: string;
                                };
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postClaims: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description same key and body → the same result; same key, other body → 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    householdId: string;
                    schemeId: string;
                    /** @description the member the claim is for (from the household's registry); required by per-person rules */
                    memberId?: string;
                    /** @description one of the scheme's causes */
                    cause: string;
                    incidentDate: string;
                    expenses: {
                        /** @description compliant cost (合规费用) */
                        totalFen: number;
                        /** @description paid already by other policies (basic and serious-illness insurance, assistance, charity) */
                        reimbursedFen: number;
                    };
                    /**
                     * @description the invoices the expenses rest on; a number already claimed is a possible duplicate
                     * @default []
                     */
                    invoices?: {
                        /** @description 票据号码 (with the 票据代码 when it has one) */
                        number: string;
                        /** @description 开票单位, e.g. 夏津县人民医院 */
                        issuer: string;
                        /** @description 开票日期 */
                        date: string;
                        /** @description 票面金额 */
                        amountFen: number;
                    }[];
                    documents: {
                        /** @description e.g. 住院发票, 费用清单, 入户核查表 */
                        kind: string;
                        /** @description where the document is kept (file key, archive number) */
                        ref: string;
                    }[];
                    note?: string;
                    /** @description why a possible duplicate is not one: files it flagged, for the reviewer to override or reject */
                    duplicateExplanation?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claimId: string;
                        householdId: string;
                        province: string;
                        city: string;
                        /** @description the household's county: the claim lies in its staff's area */
                        county: string;
                        township: string;
                        schemeId: string;
                        cause: string;
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        };
                        /** @description the member the claim is for, as filed; null for a claim for the household */
                        member: {
                            memberId: string;
                            name: string;
                            relation: string;
                        } | null;
                        invoices: {
                            number: string;
                            issuer: string;
                            date: string;
                            amountFen: number;
                        }[];
                        /** @description filed although it may repeat another claim: why, and the reviewer's override once given */
                        possibleDuplicate: {
                            matches: {
                                claimId: string;
                                /** @enum {string} */
                                reason: "invoice_reused" | "same_incident";
                                invoiceNumber: string | null;
                                cause: string;
                                incidentDate: string;
                                /** @enum {string} */
                                status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            }[];
                            explanation: string;
                            by: string;
                            at: string;
                            override: {
                                reason: string;
                                by: string;
                                at: string;
                            } | null;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        /**
                         * @description the step the claim waits for
                         * @enum {string}
                         */
                        stage: "home_visit" | "village_review" | "public_notice" | "township_review" | "county_approval" | "payment" | "closed";
                        /** @description the steps of its scheme when filed */
                        chain: {
                            homeVisit: boolean;
                            villageReview: boolean;
                            publicNotice: boolean;
                        };
                        /** @description the last day to pay it: the county's working-day deadline from filing */
                        dueOn: string;
                        /** @description open past dueOn */
                        overdue: boolean;
                        homeVisit: {
                            visitors: string[];
                            visitedOn: string;
                            findings: string;
                            by: string;
                            at: string;
                        } | null;
                        villageReview: {
                            /** @enum {string} */
                            decision: "pass" | "reject";
                            note: string;
                            by: string;
                            at: string;
                        } | null;
                        notice: {
                            startsOn: string;
                            endsOn: string;
                            by: string;
                            at: string;
                        } | null;
                        objections: {
                            objectionId: string;
                            /**
                             * @description recorded by staff (village) or filed on the public board
                             * @default village
                             * @enum {string}
                             */
                            channel: "village" | "public";
                            summary: string;
                            receivedOn: string;
                            /** @description the staff member who recorded it; `public` for the board */
                            recordedBy: string;
                            /**
                             * @description the objector's contact, masked (kept encrypted)
                             * @default null
                             */
                            contactMasked: string | null;
                            at: string;
                            resolution: {
                                upheld: boolean;
                                finding: string;
                                by: string;
                                at: string;
                            } | null;
                        }[];
                        /** @description everyone who took a step: no one takes two (separation of duties) */
                        actors: string[];
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "person_year" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            personYearPaidBeforeFen: number;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /**
                             * @description per_claim, or the household's or person's burden over the coverage year
                             * @enum {string}
                             */
                            basis: "per_claim" | "household_year" | "person_year";
                            /** @description this claim's total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the basis's burden from earlier approved claims in the year (0 per claim) */
                            burdenBeforeFen: number;
                            /** @description what the rule measures: this claim's self-paid cost, plus the earlier burden on an annual basis */
                            burdenFen: number;
                            /** @description the entry threshold for the household's category; null without one */
                            entryThresholdFen: number | null;
                            meetsThreshold: boolean;
                            /** @description the rule's deductible (免赔额) */
                            deductibleFen: number;
                            /** @description max(0, burden − deductible) once the threshold is met: the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to entitledFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            /** @description what the whole burden is worth under the rule */
                            entitledFen: number;
                            /** @description what the basis was paid by earlier claims in the year (0 per claim) */
                            paidBeforeFen: number;
                            /** @description entitled − paid before: this claim's amount before the caps */
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            /** @description what the member had received from the scheme in the coverage year before this claim */
                            personYearPaidFen: number;
                            /** @description what was left of the person's yearly cap before this claim; null without one */
                            personYearRemainingFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the household's yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "person_year" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        /** @description the bank's confirmation of the payment: the batch line that succeeded */
                        payment?: {
                            batchId: string;
                            bankReference: string | null;
                            at: string;
                            by: string;
                        };
                        /** @description payments the bank returned, oldest first, with its reason: the claim goes into a new batch */
                        paymentReturns?: {
                            batchId: string;
                            reason: string;
                            at: string;
                            by: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        history?: {
                            actor: string;
                            action: string;
                            from: ("submitted" | "reviewed" | "approved" | "rejected" | "paid") | null;
                            /** @enum {string} */
                            to: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            time: string;
                            note: string | null;
                            /** @description on document_confirmed and document_viewed, which change no status (from = to): the document confirmed or viewed */
                            document?: {
                                documentId: string;
                                /** @enum {string} */
                                kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                                fileName: string;
                                /** @description the logged view (GET …/documents/{documentId}/views) of a document_viewed event; else null */
                                viewId: string | null;
                                /** @description 发票, 诊断证明, … */
                                kindLabel: string;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postClaimsPreview: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    householdId: string;
                    schemeId: string;
                    /** @description the member the claim is for (from the household's registry); required by per-person rules */
                    memberId?: string;
                    /** @description one of the scheme's causes */
                    cause: string;
                    incidentDate: string;
                    expenses: {
                        /** @description compliant cost (合规费用) */
                        totalFen: number;
                        /** @description paid already by other policies (basic and serious-illness insurance, assistance, charity) */
                        reimbursedFen: number;
                    };
                    /**
                     * @description the invoices the expenses rest on; a number already claimed is a possible duplicate
                     * @default []
                     */
                    invoices?: {
                        /** @description 票据号码 (with the 票据代码 when it has one) */
                        number: string;
                        /** @description 开票单位, e.g. 夏津县人民医院 */
                        issuer: string;
                        /** @description 开票日期 */
                        date: string;
                        /** @description 票面金额 */
                        amountFen: number;
                    }[];
                    documents: {
                        /** @description e.g. 住院发票, 费用清单, 入户核查表 */
                        kind: string;
                        /** @description where the document is kept (file key, archive number) */
                        ref: string;
                    }[];
                    note?: string;
                    /** @description why a possible duplicate is not one: files it flagged, for the reviewer to override or reject */
                    duplicateExplanation?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        schemeId: string;
                        /** @description the scheme version the preview used (an approval uses the version current then) */
                        schemeVersion: number;
                        householdId: string;
                        memberId: string | null;
                        cause: string;
                        causeLabel: string;
                        /** @description first and last covered day, inclusive */
                        coveragePeriod: {
                            from: string;
                            to: string;
                        };
                        payoutFen: number;
                        breakdown: {
                            /**
                             * @description per_claim, or the household's or person's burden over the coverage year
                             * @enum {string}
                             */
                            basis: "per_claim" | "household_year" | "person_year";
                            /** @description this claim's total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the basis's burden from earlier approved claims in the year (0 per claim) */
                            burdenBeforeFen: number;
                            /** @description what the rule measures: this claim's self-paid cost, plus the earlier burden on an annual basis */
                            burdenFen: number;
                            /** @description the entry threshold for the household's category; null without one */
                            entryThresholdFen: number | null;
                            meetsThreshold: boolean;
                            /** @description the rule's deductible (免赔额) */
                            deductibleFen: number;
                            /** @description max(0, burden − deductible) once the threshold is met: the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to entitledFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            /** @description what the whole burden is worth under the rule */
                            entitledFen: number;
                            /** @description what the basis was paid by earlier claims in the year (0 per claim) */
                            paidBeforeFen: number;
                            /** @description entitled − paid before: this claim's amount before the caps */
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            /** @description what the member had received from the scheme in the coverage year before this claim */
                            personYearPaidFen: number;
                            /** @description what was left of the person's yearly cap before this claim; null without one */
                            personYearRemainingFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the household's yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "person_year" | "household_year";
                            payoutFen: number;
                        };
                        /** @description claims this one may repeat: submitting it answers 409 POSSIBLE_DUPLICATE unless explained */
                        possibleDuplicates: {
                            claimId: string;
                            /** @enum {string} */
                            reason: "invoice_reused" | "same_incident";
                            invoiceNumber: string | null;
                            cause: string;
                            incidentDate: string;
                            /** @enum {string} */
                            status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        }[];
                        /** @description the scheme's pool now */
                        poolBalanceFen: number;
                        /** @description whether the pool holds the payout now (an approval needs it to) */
                        poolCovers: boolean;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getClaimsClaimId: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claimId: string;
                        householdId: string;
                        province: string;
                        city: string;
                        /** @description the household's county: the claim lies in its staff's area */
                        county: string;
                        township: string;
                        schemeId: string;
                        cause: string;
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        };
                        /** @description the member the claim is for, as filed; null for a claim for the household */
                        member: {
                            memberId: string;
                            name: string;
                            relation: string;
                        } | null;
                        invoices: {
                            number: string;
                            issuer: string;
                            date: string;
                            amountFen: number;
                        }[];
                        /** @description filed although it may repeat another claim: why, and the reviewer's override once given */
                        possibleDuplicate: {
                            matches: {
                                claimId: string;
                                /** @enum {string} */
                                reason: "invoice_reused" | "same_incident";
                                invoiceNumber: string | null;
                                cause: string;
                                incidentDate: string;
                                /** @enum {string} */
                                status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            }[];
                            explanation: string;
                            by: string;
                            at: string;
                            override: {
                                reason: string;
                                by: string;
                                at: string;
                            } | null;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        /**
                         * @description the step the claim waits for
                         * @enum {string}
                         */
                        stage: "home_visit" | "village_review" | "public_notice" | "township_review" | "county_approval" | "payment" | "closed";
                        /** @description the steps of its scheme when filed */
                        chain: {
                            homeVisit: boolean;
                            villageReview: boolean;
                            publicNotice: boolean;
                        };
                        /** @description the last day to pay it: the county's working-day deadline from filing */
                        dueOn: string;
                        /** @description open past dueOn */
                        overdue: boolean;
                        homeVisit: {
                            visitors: string[];
                            visitedOn: string;
                            findings: string;
                            by: string;
                            at: string;
                        } | null;
                        villageReview: {
                            /** @enum {string} */
                            decision: "pass" | "reject";
                            note: string;
                            by: string;
                            at: string;
                        } | null;
                        notice: {
                            startsOn: string;
                            endsOn: string;
                            by: string;
                            at: string;
                        } | null;
                        objections: {
                            objectionId: string;
                            /**
                             * @description recorded by staff (village) or filed on the public board
                             * @default village
                             * @enum {string}
                             */
                            channel: "village" | "public";
                            summary: string;
                            receivedOn: string;
                            /** @description the staff member who recorded it; `public` for the board */
                            recordedBy: string;
                            /**
                             * @description the objector's contact, masked (kept encrypted)
                             * @default null
                             */
                            contactMasked: string | null;
                            at: string;
                            resolution: {
                                upheld: boolean;
                                finding: string;
                                by: string;
                                at: string;
                            } | null;
                        }[];
                        /** @description everyone who took a step: no one takes two (separation of duties) */
                        actors: string[];
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "person_year" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            personYearPaidBeforeFen: number;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /**
                             * @description per_claim, or the household's or person's burden over the coverage year
                             * @enum {string}
                             */
                            basis: "per_claim" | "household_year" | "person_year";
                            /** @description this claim's total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the basis's burden from earlier approved claims in the year (0 per claim) */
                            burdenBeforeFen: number;
                            /** @description what the rule measures: this claim's self-paid cost, plus the earlier burden on an annual basis */
                            burdenFen: number;
                            /** @description the entry threshold for the household's category; null without one */
                            entryThresholdFen: number | null;
                            meetsThreshold: boolean;
                            /** @description the rule's deductible (免赔额) */
                            deductibleFen: number;
                            /** @description max(0, burden − deductible) once the threshold is met: the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to entitledFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            /** @description what the whole burden is worth under the rule */
                            entitledFen: number;
                            /** @description what the basis was paid by earlier claims in the year (0 per claim) */
                            paidBeforeFen: number;
                            /** @description entitled − paid before: this claim's amount before the caps */
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            /** @description what the member had received from the scheme in the coverage year before this claim */
                            personYearPaidFen: number;
                            /** @description what was left of the person's yearly cap before this claim; null without one */
                            personYearRemainingFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the household's yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "person_year" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        /** @description the bank's confirmation of the payment: the batch line that succeeded */
                        payment?: {
                            batchId: string;
                            bankReference: string | null;
                            at: string;
                            by: string;
                        };
                        /** @description payments the bank returned, oldest first, with its reason: the claim goes into a new batch */
                        paymentReturns?: {
                            batchId: string;
                            reason: string;
                            at: string;
                            by: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        history?: {
                            actor: string;
                            action: string;
                            from: ("submitted" | "reviewed" | "approved" | "rejected" | "paid") | null;
                            /** @enum {string} */
                            to: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            time: string;
                            note: string | null;
                            /** @description on document_confirmed and document_viewed, which change no status (from = to): the document confirmed or viewed */
                            document?: {
                                documentId: string;
                                /** @enum {string} */
                                kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                                fileName: string;
                                /** @description the logged view (GET …/documents/{documentId}/views) of a document_viewed event; else null */
                                viewId: string | null;
                                /** @description 发票, 诊断证明, … */
                                kindLabel: string;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getClaimsClaimIdPreview: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        schemeId: string;
                        /** @description the scheme version the preview used (an approval uses the version current then) */
                        schemeVersion: number;
                        householdId: string;
                        memberId: string | null;
                        cause: string;
                        causeLabel: string;
                        /** @description first and last covered day, inclusive */
                        coveragePeriod: {
                            from: string;
                            to: string;
                        };
                        payoutFen: number;
                        breakdown: {
                            /**
                             * @description per_claim, or the household's or person's burden over the coverage year
                             * @enum {string}
                             */
                            basis: "per_claim" | "household_year" | "person_year";
                            /** @description this claim's total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the basis's burden from earlier approved claims in the year (0 per claim) */
                            burdenBeforeFen: number;
                            /** @description what the rule measures: this claim's self-paid cost, plus the earlier burden on an annual basis */
                            burdenFen: number;
                            /** @description the entry threshold for the household's category; null without one */
                            entryThresholdFen: number | null;
                            meetsThreshold: boolean;
                            /** @description the rule's deductible (免赔额) */
                            deductibleFen: number;
                            /** @description max(0, burden − deductible) once the threshold is met: the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to entitledFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            /** @description what the whole burden is worth under the rule */
                            entitledFen: number;
                            /** @description what the basis was paid by earlier claims in the year (0 per claim) */
                            paidBeforeFen: number;
                            /** @description entitled − paid before: this claim's amount before the caps */
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            /** @description what the member had received from the scheme in the coverage year before this claim */
                            personYearPaidFen: number;
                            /** @description what was left of the person's yearly cap before this claim; null without one */
                            personYearRemainingFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the household's yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "person_year" | "household_year";
                            payoutFen: number;
                        };
                        /** @description the scheme's pool now */
                        poolBalanceFen: number;
                        /** @description whether the pool holds the payout now (an approval needs it to) */
                        poolCovers: boolean;
                        claimId: string;
                        /**
                         * @description only an open claim has a payout to preview
                         * @enum {string}
                         */
                        status: "submitted" | "reviewed";
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postClaimsClaimIdReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "pass" | "reject";
                    note: string;
                    /** @description passing a claim flagged as a possible duplicate needs the reviewer's reason (else 409 POSSIBLE_DUPLICATE) */
                    duplicateOverride?: {
                        reason: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claimId: string;
                        householdId: string;
                        province: string;
                        city: string;
                        /** @description the household's county: the claim lies in its staff's area */
                        county: string;
                        township: string;
                        schemeId: string;
                        cause: string;
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        };
                        /** @description the member the claim is for, as filed; null for a claim for the household */
                        member: {
                            memberId: string;
                            name: string;
                            relation: string;
                        } | null;
                        invoices: {
                            number: string;
                            issuer: string;
                            date: string;
                            amountFen: number;
                        }[];
                        /** @description filed although it may repeat another claim: why, and the reviewer's override once given */
                        possibleDuplicate: {
                            matches: {
                                claimId: string;
                                /** @enum {string} */
                                reason: "invoice_reused" | "same_incident";
                                invoiceNumber: string | null;
                                cause: string;
                                incidentDate: string;
                                /** @enum {string} */
                                status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            }[];
                            explanation: string;
                            by: string;
                            at: string;
                            override: {
                                reason: string;
                                by: string;
                                at: string;
                            } | null;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        /**
                         * @description the step the claim waits for
                         * @enum {string}
                         */
                        stage: "home_visit" | "village_review" | "public_notice" | "township_review" | "county_approval" | "payment" | "closed";
                        /** @description the steps of its scheme when filed */
                        chain: {
                            homeVisit: boolean;
                            villageReview: boolean;
                            publicNotice: boolean;
                        };
                        /** @description the last day to pay it: the county's working-day deadline from filing */
                        dueOn: string;
                        /** @description open past dueOn */
                        overdue: boolean;
                        homeVisit: {
                            visitors: string[];
                            visitedOn: string;
                            findings: string;
                            by: string;
                            at: string;
                        } | null;
                        villageReview: {
                            /** @enum {string} */
                            decision: "pass" | "reject";
                            note: string;
                            by: string;
                            at: string;
                        } | null;
                        notice: {
                            startsOn: string;
                            endsOn: string;
                            by: string;
                            at: string;
                        } | null;
                        objections: {
                            objectionId: string;
                            /**
                             * @description recorded by staff (village) or filed on the public board
                             * @default village
                             * @enum {string}
                             */
                            channel: "village" | "public";
                            summary: string;
                            receivedOn: string;
                            /** @description the staff member who recorded it; `public` for the board */
                            recordedBy: string;
                            /**
                             * @description the objector's contact, masked (kept encrypted)
                             * @default null
                             */
                            contactMasked: string | null;
                            at: string;
                            resolution: {
                                upheld: boolean;
                                finding: string;
                                by: string;
                                at: string;
                            } | null;
                        }[];
                        /** @description everyone who took a step: no one takes two (separation of duties) */
                        actors: string[];
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "person_year" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            personYearPaidBeforeFen: number;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /**
                             * @description per_claim, or the household's or person's burden over the coverage year
                             * @enum {string}
                             */
                            basis: "per_claim" | "household_year" | "person_year";
                            /** @description this claim's total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the basis's burden from earlier approved claims in the year (0 per claim) */
                            burdenBeforeFen: number;
                            /** @description what the rule measures: this claim's self-paid cost, plus the earlier burden on an annual basis */
                            burdenFen: number;
                            /** @description the entry threshold for the household's category; null without one */
                            entryThresholdFen: number | null;
                            meetsThreshold: boolean;
                            /** @description the rule's deductible (免赔额) */
                            deductibleFen: number;
                            /** @description max(0, burden − deductible) once the threshold is met: the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to entitledFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            /** @description what the whole burden is worth under the rule */
                            entitledFen: number;
                            /** @description what the basis was paid by earlier claims in the year (0 per claim) */
                            paidBeforeFen: number;
                            /** @description entitled − paid before: this claim's amount before the caps */
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            /** @description what the member had received from the scheme in the coverage year before this claim */
                            personYearPaidFen: number;
                            /** @description what was left of the person's yearly cap before this claim; null without one */
                            personYearRemainingFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the household's yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "person_year" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        /** @description the bank's confirmation of the payment: the batch line that succeeded */
                        payment?: {
                            batchId: string;
                            bankReference: string | null;
                            at: string;
                            by: string;
                        };
                        /** @description payments the bank returned, oldest first, with its reason: the claim goes into a new batch */
                        paymentReturns?: {
                            batchId: string;
                            reason: string;
                            at: string;
                            by: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        history?: {
                            actor: string;
                            action: string;
                            from: ("submitted" | "reviewed" | "approved" | "rejected" | "paid") | null;
                            /** @enum {string} */
                            to: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            time: string;
                            note: string | null;
                            /** @description on document_confirmed and document_viewed, which change no status (from = to): the document confirmed or viewed */
                            document?: {
                                documentId: string;
                                /** @enum {string} */
                                kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                                fileName: string;
                                /** @description the logged view (GET …/documents/{documentId}/views) of a document_viewed event; else null */
                                viewId: string | null;
                                /** @description 发票, 诊断证明, … */
                                kindLabel: string;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postClaimsClaimIdApprove: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claimId: string;
                        householdId: string;
                        province: string;
                        city: string;
                        /** @description the household's county: the claim lies in its staff's area */
                        county: string;
                        township: string;
                        schemeId: string;
                        cause: string;
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        };
                        /** @description the member the claim is for, as filed; null for a claim for the household */
                        member: {
                            memberId: string;
                            name: string;
                            relation: string;
                        } | null;
                        invoices: {
                            number: string;
                            issuer: string;
                            date: string;
                            amountFen: number;
                        }[];
                        /** @description filed although it may repeat another claim: why, and the reviewer's override once given */
                        possibleDuplicate: {
                            matches: {
                                claimId: string;
                                /** @enum {string} */
                                reason: "invoice_reused" | "same_incident";
                                invoiceNumber: string | null;
                                cause: string;
                                incidentDate: string;
                                /** @enum {string} */
                                status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            }[];
                            explanation: string;
                            by: string;
                            at: string;
                            override: {
                                reason: string;
                                by: string;
                                at: string;
                            } | null;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        /**
                         * @description the step the claim waits for
                         * @enum {string}
                         */
                        stage: "home_visit" | "village_review" | "public_notice" | "township_review" | "county_approval" | "payment" | "closed";
                        /** @description the steps of its scheme when filed */
                        chain: {
                            homeVisit: boolean;
                            villageReview: boolean;
                            publicNotice: boolean;
                        };
                        /** @description the last day to pay it: the county's working-day deadline from filing */
                        dueOn: string;
                        /** @description open past dueOn */
                        overdue: boolean;
                        homeVisit: {
                            visitors: string[];
                            visitedOn: string;
                            findings: string;
                            by: string;
                            at: string;
                        } | null;
                        villageReview: {
                            /** @enum {string} */
                            decision: "pass" | "reject";
                            note: string;
                            by: string;
                            at: string;
                        } | null;
                        notice: {
                            startsOn: string;
                            endsOn: string;
                            by: string;
                            at: string;
                        } | null;
                        objections: {
                            objectionId: string;
                            /**
                             * @description recorded by staff (village) or filed on the public board
                             * @default village
                             * @enum {string}
                             */
                            channel: "village" | "public";
                            summary: string;
                            receivedOn: string;
                            /** @description the staff member who recorded it; `public` for the board */
                            recordedBy: string;
                            /**
                             * @description the objector's contact, masked (kept encrypted)
                             * @default null
                             */
                            contactMasked: string | null;
                            at: string;
                            resolution: {
                                upheld: boolean;
                                finding: string;
                                by: string;
                                at: string;
                            } | null;
                        }[];
                        /** @description everyone who took a step: no one takes two (separation of duties) */
                        actors: string[];
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "person_year" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            personYearPaidBeforeFen: number;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /**
                             * @description per_claim, or the household's or person's burden over the coverage year
                             * @enum {string}
                             */
                            basis: "per_claim" | "household_year" | "person_year";
                            /** @description this claim's total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the basis's burden from earlier approved claims in the year (0 per claim) */
                            burdenBeforeFen: number;
                            /** @description what the rule measures: this claim's self-paid cost, plus the earlier burden on an annual basis */
                            burdenFen: number;
                            /** @description the entry threshold for the household's category; null without one */
                            entryThresholdFen: number | null;
                            meetsThreshold: boolean;
                            /** @description the rule's deductible (免赔额) */
                            deductibleFen: number;
                            /** @description max(0, burden − deductible) once the threshold is met: the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to entitledFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            /** @description what the whole burden is worth under the rule */
                            entitledFen: number;
                            /** @description what the basis was paid by earlier claims in the year (0 per claim) */
                            paidBeforeFen: number;
                            /** @description entitled − paid before: this claim's amount before the caps */
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            /** @description what the member had received from the scheme in the coverage year before this claim */
                            personYearPaidFen: number;
                            /** @description what was left of the person's yearly cap before this claim; null without one */
                            personYearRemainingFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the household's yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "person_year" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        /** @description the bank's confirmation of the payment: the batch line that succeeded */
                        payment?: {
                            batchId: string;
                            bankReference: string | null;
                            at: string;
                            by: string;
                        };
                        /** @description payments the bank returned, oldest first, with its reason: the claim goes into a new batch */
                        paymentReturns?: {
                            batchId: string;
                            reason: string;
                            at: string;
                            by: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        history?: {
                            actor: string;
                            action: string;
                            from: ("submitted" | "reviewed" | "approved" | "rejected" | "paid") | null;
                            /** @enum {string} */
                            to: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            time: string;
                            note: string | null;
                            /** @description on document_confirmed and document_viewed, which change no status (from = to): the document confirmed or viewed */
                            document?: {
                                documentId: string;
                                /** @enum {string} */
                                kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                                fileName: string;
                                /** @description the logged view (GET …/documents/{documentId}/views) of a document_viewed event; else null */
                                viewId: string | null;
                                /** @description 发票, 诊断证明, … */
                                kindLabel: string;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postClaimsClaimIdReject: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claimId: string;
                        householdId: string;
                        province: string;
                        city: string;
                        /** @description the household's county: the claim lies in its staff's area */
                        county: string;
                        township: string;
                        schemeId: string;
                        cause: string;
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        };
                        /** @description the member the claim is for, as filed; null for a claim for the household */
                        member: {
                            memberId: string;
                            name: string;
                            relation: string;
                        } | null;
                        invoices: {
                            number: string;
                            issuer: string;
                            date: string;
                            amountFen: number;
                        }[];
                        /** @description filed although it may repeat another claim: why, and the reviewer's override once given */
                        possibleDuplicate: {
                            matches: {
                                claimId: string;
                                /** @enum {string} */
                                reason: "invoice_reused" | "same_incident";
                                invoiceNumber: string | null;
                                cause: string;
                                incidentDate: string;
                                /** @enum {string} */
                                status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            }[];
                            explanation: string;
                            by: string;
                            at: string;
                            override: {
                                reason: string;
                                by: string;
                                at: string;
                            } | null;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        /**
                         * @description the step the claim waits for
                         * @enum {string}
                         */
                        stage: "home_visit" | "village_review" | "public_notice" | "township_review" | "county_approval" | "payment" | "closed";
                        /** @description the steps of its scheme when filed */
                        chain: {
                            homeVisit: boolean;
                            villageReview: boolean;
                            publicNotice: boolean;
                        };
                        /** @description the last day to pay it: the county's working-day deadline from filing */
                        dueOn: string;
                        /** @description open past dueOn */
                        overdue: boolean;
                        homeVisit: {
                            visitors: string[];
                            visitedOn: string;
                            findings: string;
                            by: string;
                            at: string;
                        } | null;
                        villageReview: {
                            /** @enum {string} */
                            decision: "pass" | "reject";
                            note: string;
                            by: string;
                            at: string;
                        } | null;
                        notice: {
                            startsOn: string;
                            endsOn: string;
                            by: string;
                            at: string;
                        } | null;
                        objections: {
                            objectionId: string;
                            /**
                             * @description recorded by staff (village) or filed on the public board
                             * @default village
                             * @enum {string}
                             */
                            channel: "village" | "public";
                            summary: string;
                            receivedOn: string;
                            /** @description the staff member who recorded it; `public` for the board */
                            recordedBy: string;
                            /**
                             * @description the objector's contact, masked (kept encrypted)
                             * @default null
                             */
                            contactMasked: string | null;
                            at: string;
                            resolution: {
                                upheld: boolean;
                                finding: string;
                                by: string;
                                at: string;
                            } | null;
                        }[];
                        /** @description everyone who took a step: no one takes two (separation of duties) */
                        actors: string[];
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "person_year" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            personYearPaidBeforeFen: number;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /**
                             * @description per_claim, or the household's or person's burden over the coverage year
                             * @enum {string}
                             */
                            basis: "per_claim" | "household_year" | "person_year";
                            /** @description this claim's total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the basis's burden from earlier approved claims in the year (0 per claim) */
                            burdenBeforeFen: number;
                            /** @description what the rule measures: this claim's self-paid cost, plus the earlier burden on an annual basis */
                            burdenFen: number;
                            /** @description the entry threshold for the household's category; null without one */
                            entryThresholdFen: number | null;
                            meetsThreshold: boolean;
                            /** @description the rule's deductible (免赔额) */
                            deductibleFen: number;
                            /** @description max(0, burden − deductible) once the threshold is met: the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to entitledFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            /** @description what the whole burden is worth under the rule */
                            entitledFen: number;
                            /** @description what the basis was paid by earlier claims in the year (0 per claim) */
                            paidBeforeFen: number;
                            /** @description entitled − paid before: this claim's amount before the caps */
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            /** @description what the member had received from the scheme in the coverage year before this claim */
                            personYearPaidFen: number;
                            /** @description what was left of the person's yearly cap before this claim; null without one */
                            personYearRemainingFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the household's yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "person_year" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        /** @description the bank's confirmation of the payment: the batch line that succeeded */
                        payment?: {
                            batchId: string;
                            bankReference: string | null;
                            at: string;
                            by: string;
                        };
                        /** @description payments the bank returned, oldest first, with its reason: the claim goes into a new batch */
                        paymentReturns?: {
                            batchId: string;
                            reason: string;
                            at: string;
                            by: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        history?: {
                            actor: string;
                            action: string;
                            from: ("submitted" | "reviewed" | "approved" | "rejected" | "paid") | null;
                            /** @enum {string} */
                            to: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            time: string;
                            note: string | null;
                            /** @description on document_confirmed and document_viewed, which change no status (from = to): the document confirmed or viewed */
                            document?: {
                                documentId: string;
                                /** @enum {string} */
                                kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                                fileName: string;
                                /** @description the logged view (GET …/documents/{documentId}/views) of a document_viewed event; else null */
                                viewId: string | null;
                                /** @description 发票, 诊断证明, … */
                                kindLabel: string;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postClaimsClaimIdDisburse: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            410: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getReportsClaims: {
        parameters: {
            query: {
                schemeId: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        schemeId: string;
                        name: string;
                        county: string;
                        year: number;
                        byStatus: {
                            submitted: number;
                            reviewed: number;
                            approved: number;
                            rejected: number;
                            paid: number;
                        };
                        /** @description per cause id of the scheme: claims filed (every status) and money approved */
                        byCause: {
                            [key: string]: {
                                claims: number;
                                paidFen: number;
                            };
                        };
                        householdsPaid: number;
                        peopleCovered: number;
                        paidFen: number;
                        poolBalanceFen: number;
                        toppedUpFen: number;
                    };
                    "text/csv": string;
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "postClaimsClaimIdHome-visit": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the people who made the visit (入户核查人员), at least two */
                    visitors: string[];
                    /** @description the day of the visit */
                    visitedOn: string;
                    /** @description what the visit found: living conditions, assets, the expense confirmed */
                    findings: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claimId: string;
                        householdId: string;
                        province: string;
                        city: string;
                        /** @description the household's county: the claim lies in its staff's area */
                        county: string;
                        township: string;
                        schemeId: string;
                        cause: string;
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        };
                        /** @description the member the claim is for, as filed; null for a claim for the household */
                        member: {
                            memberId: string;
                            name: string;
                            relation: string;
                        } | null;
                        invoices: {
                            number: string;
                            issuer: string;
                            date: string;
                            amountFen: number;
                        }[];
                        /** @description filed although it may repeat another claim: why, and the reviewer's override once given */
                        possibleDuplicate: {
                            matches: {
                                claimId: string;
                                /** @enum {string} */
                                reason: "invoice_reused" | "same_incident";
                                invoiceNumber: string | null;
                                cause: string;
                                incidentDate: string;
                                /** @enum {string} */
                                status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            }[];
                            explanation: string;
                            by: string;
                            at: string;
                            override: {
                                reason: string;
                                by: string;
                                at: string;
                            } | null;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        /**
                         * @description the step the claim waits for
                         * @enum {string}
                         */
                        stage: "home_visit" | "village_review" | "public_notice" | "township_review" | "county_approval" | "payment" | "closed";
                        /** @description the steps of its scheme when filed */
                        chain: {
                            homeVisit: boolean;
                            villageReview: boolean;
                            publicNotice: boolean;
                        };
                        /** @description the last day to pay it: the county's working-day deadline from filing */
                        dueOn: string;
                        /** @description open past dueOn */
                        overdue: boolean;
                        homeVisit: {
                            visitors: string[];
                            visitedOn: string;
                            findings: string;
                            by: string;
                            at: string;
                        } | null;
                        villageReview: {
                            /** @enum {string} */
                            decision: "pass" | "reject";
                            note: string;
                            by: string;
                            at: string;
                        } | null;
                        notice: {
                            startsOn: string;
                            endsOn: string;
                            by: string;
                            at: string;
                        } | null;
                        objections: {
                            objectionId: string;
                            /**
                             * @description recorded by staff (village) or filed on the public board
                             * @default village
                             * @enum {string}
                             */
                            channel: "village" | "public";
                            summary: string;
                            receivedOn: string;
                            /** @description the staff member who recorded it; `public` for the board */
                            recordedBy: string;
                            /**
                             * @description the objector's contact, masked (kept encrypted)
                             * @default null
                             */
                            contactMasked: string | null;
                            at: string;
                            resolution: {
                                upheld: boolean;
                                finding: string;
                                by: string;
                                at: string;
                            } | null;
                        }[];
                        /** @description everyone who took a step: no one takes two (separation of duties) */
                        actors: string[];
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "person_year" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            personYearPaidBeforeFen: number;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /**
                             * @description per_claim, or the household's or person's burden over the coverage year
                             * @enum {string}
                             */
                            basis: "per_claim" | "household_year" | "person_year";
                            /** @description this claim's total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the basis's burden from earlier approved claims in the year (0 per claim) */
                            burdenBeforeFen: number;
                            /** @description what the rule measures: this claim's self-paid cost, plus the earlier burden on an annual basis */
                            burdenFen: number;
                            /** @description the entry threshold for the household's category; null without one */
                            entryThresholdFen: number | null;
                            meetsThreshold: boolean;
                            /** @description the rule's deductible (免赔额) */
                            deductibleFen: number;
                            /** @description max(0, burden − deductible) once the threshold is met: the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to entitledFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            /** @description what the whole burden is worth under the rule */
                            entitledFen: number;
                            /** @description what the basis was paid by earlier claims in the year (0 per claim) */
                            paidBeforeFen: number;
                            /** @description entitled − paid before: this claim's amount before the caps */
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            /** @description what the member had received from the scheme in the coverage year before this claim */
                            personYearPaidFen: number;
                            /** @description what was left of the person's yearly cap before this claim; null without one */
                            personYearRemainingFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the household's yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "person_year" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        /** @description the bank's confirmation of the payment: the batch line that succeeded */
                        payment?: {
                            batchId: string;
                            bankReference: string | null;
                            at: string;
                            by: string;
                        };
                        /** @description payments the bank returned, oldest first, with its reason: the claim goes into a new batch */
                        paymentReturns?: {
                            batchId: string;
                            reason: string;
                            at: string;
                            by: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        history?: {
                            actor: string;
                            action: string;
                            from: ("submitted" | "reviewed" | "approved" | "rejected" | "paid") | null;
                            /** @enum {string} */
                            to: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            time: string;
                            note: string | null;
                            /** @description on document_confirmed and document_viewed, which change no status (from = to): the document confirmed or viewed */
                            document?: {
                                documentId: string;
                                /** @enum {string} */
                                kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                                fileName: string;
                                /** @description the logged view (GET …/documents/{documentId}/views) of a document_viewed event; else null */
                                viewId: string | null;
                                /** @description 发票, 诊断证明, … */
                                kindLabel: string;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "postClaimsClaimIdVillage-review": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "pass" | "reject";
                    /** @description the 评议 record: who attended, the outcome */
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claimId: string;
                        householdId: string;
                        province: string;
                        city: string;
                        /** @description the household's county: the claim lies in its staff's area */
                        county: string;
                        township: string;
                        schemeId: string;
                        cause: string;
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        };
                        /** @description the member the claim is for, as filed; null for a claim for the household */
                        member: {
                            memberId: string;
                            name: string;
                            relation: string;
                        } | null;
                        invoices: {
                            number: string;
                            issuer: string;
                            date: string;
                            amountFen: number;
                        }[];
                        /** @description filed although it may repeat another claim: why, and the reviewer's override once given */
                        possibleDuplicate: {
                            matches: {
                                claimId: string;
                                /** @enum {string} */
                                reason: "invoice_reused" | "same_incident";
                                invoiceNumber: string | null;
                                cause: string;
                                incidentDate: string;
                                /** @enum {string} */
                                status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            }[];
                            explanation: string;
                            by: string;
                            at: string;
                            override: {
                                reason: string;
                                by: string;
                                at: string;
                            } | null;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        /**
                         * @description the step the claim waits for
                         * @enum {string}
                         */
                        stage: "home_visit" | "village_review" | "public_notice" | "township_review" | "county_approval" | "payment" | "closed";
                        /** @description the steps of its scheme when filed */
                        chain: {
                            homeVisit: boolean;
                            villageReview: boolean;
                            publicNotice: boolean;
                        };
                        /** @description the last day to pay it: the county's working-day deadline from filing */
                        dueOn: string;
                        /** @description open past dueOn */
                        overdue: boolean;
                        homeVisit: {
                            visitors: string[];
                            visitedOn: string;
                            findings: string;
                            by: string;
                            at: string;
                        } | null;
                        villageReview: {
                            /** @enum {string} */
                            decision: "pass" | "reject";
                            note: string;
                            by: string;
                            at: string;
                        } | null;
                        notice: {
                            startsOn: string;
                            endsOn: string;
                            by: string;
                            at: string;
                        } | null;
                        objections: {
                            objectionId: string;
                            /**
                             * @description recorded by staff (village) or filed on the public board
                             * @default village
                             * @enum {string}
                             */
                            channel: "village" | "public";
                            summary: string;
                            receivedOn: string;
                            /** @description the staff member who recorded it; `public` for the board */
                            recordedBy: string;
                            /**
                             * @description the objector's contact, masked (kept encrypted)
                             * @default null
                             */
                            contactMasked: string | null;
                            at: string;
                            resolution: {
                                upheld: boolean;
                                finding: string;
                                by: string;
                                at: string;
                            } | null;
                        }[];
                        /** @description everyone who took a step: no one takes two (separation of duties) */
                        actors: string[];
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "person_year" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            personYearPaidBeforeFen: number;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /**
                             * @description per_claim, or the household's or person's burden over the coverage year
                             * @enum {string}
                             */
                            basis: "per_claim" | "household_year" | "person_year";
                            /** @description this claim's total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the basis's burden from earlier approved claims in the year (0 per claim) */
                            burdenBeforeFen: number;
                            /** @description what the rule measures: this claim's self-paid cost, plus the earlier burden on an annual basis */
                            burdenFen: number;
                            /** @description the entry threshold for the household's category; null without one */
                            entryThresholdFen: number | null;
                            meetsThreshold: boolean;
                            /** @description the rule's deductible (免赔额) */
                            deductibleFen: number;
                            /** @description max(0, burden − deductible) once the threshold is met: the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to entitledFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            /** @description what the whole burden is worth under the rule */
                            entitledFen: number;
                            /** @description what the basis was paid by earlier claims in the year (0 per claim) */
                            paidBeforeFen: number;
                            /** @description entitled − paid before: this claim's amount before the caps */
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            /** @description what the member had received from the scheme in the coverage year before this claim */
                            personYearPaidFen: number;
                            /** @description what was left of the person's yearly cap before this claim; null without one */
                            personYearRemainingFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the household's yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "person_year" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        /** @description the bank's confirmation of the payment: the batch line that succeeded */
                        payment?: {
                            batchId: string;
                            bankReference: string | null;
                            at: string;
                            by: string;
                        };
                        /** @description payments the bank returned, oldest first, with its reason: the claim goes into a new batch */
                        paymentReturns?: {
                            batchId: string;
                            reason: string;
                            at: string;
                            by: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        history?: {
                            actor: string;
                            action: string;
                            from: ("submitted" | "reviewed" | "approved" | "rejected" | "paid") | null;
                            /** @enum {string} */
                            to: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            time: string;
                            note: string | null;
                            /** @description on document_confirmed and document_viewed, which change no status (from = to): the document confirmed or viewed */
                            document?: {
                                documentId: string;
                                /** @enum {string} */
                                kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                                fileName: string;
                                /** @description the logged view (GET …/documents/{documentId}/views) of a document_viewed event; else null */
                                viewId: string | null;
                                /** @description 发票, 诊断证明, … */
                                kindLabel: string;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postClaimsClaimIdNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the first day of the 公示 (today by default; not in the past) */
                    startsOn?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claimId: string;
                        householdId: string;
                        province: string;
                        city: string;
                        /** @description the household's county: the claim lies in its staff's area */
                        county: string;
                        township: string;
                        schemeId: string;
                        cause: string;
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        };
                        /** @description the member the claim is for, as filed; null for a claim for the household */
                        member: {
                            memberId: string;
                            name: string;
                            relation: string;
                        } | null;
                        invoices: {
                            number: string;
                            issuer: string;
                            date: string;
                            amountFen: number;
                        }[];
                        /** @description filed although it may repeat another claim: why, and the reviewer's override once given */
                        possibleDuplicate: {
                            matches: {
                                claimId: string;
                                /** @enum {string} */
                                reason: "invoice_reused" | "same_incident";
                                invoiceNumber: string | null;
                                cause: string;
                                incidentDate: string;
                                /** @enum {string} */
                                status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            }[];
                            explanation: string;
                            by: string;
                            at: string;
                            override: {
                                reason: string;
                                by: string;
                                at: string;
                            } | null;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        /**
                         * @description the step the claim waits for
                         * @enum {string}
                         */
                        stage: "home_visit" | "village_review" | "public_notice" | "township_review" | "county_approval" | "payment" | "closed";
                        /** @description the steps of its scheme when filed */
                        chain: {
                            homeVisit: boolean;
                            villageReview: boolean;
                            publicNotice: boolean;
                        };
                        /** @description the last day to pay it: the county's working-day deadline from filing */
                        dueOn: string;
                        /** @description open past dueOn */
                        overdue: boolean;
                        homeVisit: {
                            visitors: string[];
                            visitedOn: string;
                            findings: string;
                            by: string;
                            at: string;
                        } | null;
                        villageReview: {
                            /** @enum {string} */
                            decision: "pass" | "reject";
                            note: string;
                            by: string;
                            at: string;
                        } | null;
                        notice: {
                            startsOn: string;
                            endsOn: string;
                            by: string;
                            at: string;
                        } | null;
                        objections: {
                            objectionId: string;
                            /**
                             * @description recorded by staff (village) or filed on the public board
                             * @default village
                             * @enum {string}
                             */
                            channel: "village" | "public";
                            summary: string;
                            receivedOn: string;
                            /** @description the staff member who recorded it; `public` for the board */
                            recordedBy: string;
                            /**
                             * @description the objector's contact, masked (kept encrypted)
                             * @default null
                             */
                            contactMasked: string | null;
                            at: string;
                            resolution: {
                                upheld: boolean;
                                finding: string;
                                by: string;
                                at: string;
                            } | null;
                        }[];
                        /** @description everyone who took a step: no one takes two (separation of duties) */
                        actors: string[];
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "person_year" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            personYearPaidBeforeFen: number;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /**
                             * @description per_claim, or the household's or person's burden over the coverage year
                             * @enum {string}
                             */
                            basis: "per_claim" | "household_year" | "person_year";
                            /** @description this claim's total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the basis's burden from earlier approved claims in the year (0 per claim) */
                            burdenBeforeFen: number;
                            /** @description what the rule measures: this claim's self-paid cost, plus the earlier burden on an annual basis */
                            burdenFen: number;
                            /** @description the entry threshold for the household's category; null without one */
                            entryThresholdFen: number | null;
                            meetsThreshold: boolean;
                            /** @description the rule's deductible (免赔额) */
                            deductibleFen: number;
                            /** @description max(0, burden − deductible) once the threshold is met: the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to entitledFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            /** @description what the whole burden is worth under the rule */
                            entitledFen: number;
                            /** @description what the basis was paid by earlier claims in the year (0 per claim) */
                            paidBeforeFen: number;
                            /** @description entitled − paid before: this claim's amount before the caps */
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            /** @description what the member had received from the scheme in the coverage year before this claim */
                            personYearPaidFen: number;
                            /** @description what was left of the person's yearly cap before this claim; null without one */
                            personYearRemainingFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the household's yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "person_year" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        /** @description the bank's confirmation of the payment: the batch line that succeeded */
                        payment?: {
                            batchId: string;
                            bankReference: string | null;
                            at: string;
                            by: string;
                        };
                        /** @description payments the bank returned, oldest first, with its reason: the claim goes into a new batch */
                        paymentReturns?: {
                            batchId: string;
                            reason: string;
                            at: string;
                            by: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        history?: {
                            actor: string;
                            action: string;
                            from: ("submitted" | "reviewed" | "approved" | "rejected" | "paid") | null;
                            /** @enum {string} */
                            to: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            time: string;
                            note: string | null;
                            /** @description on document_confirmed and document_viewed, which change no status (from = to): the document confirmed or viewed */
                            document?: {
                                documentId: string;
                                /** @enum {string} */
                                kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                                fileName: string;
                                /** @description the logged view (GET …/documents/{documentId}/views) of a document_viewed event; else null */
                                viewId: string | null;
                                /** @description 发票, 诊断证明, … */
                                kindLabel: string;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postClaimsClaimIdObjections: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description what was objected (names of objectors stay off the record) */
                    summary: string;
                    receivedOn: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claimId: string;
                        householdId: string;
                        province: string;
                        city: string;
                        /** @description the household's county: the claim lies in its staff's area */
                        county: string;
                        township: string;
                        schemeId: string;
                        cause: string;
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        };
                        /** @description the member the claim is for, as filed; null for a claim for the household */
                        member: {
                            memberId: string;
                            name: string;
                            relation: string;
                        } | null;
                        invoices: {
                            number: string;
                            issuer: string;
                            date: string;
                            amountFen: number;
                        }[];
                        /** @description filed although it may repeat another claim: why, and the reviewer's override once given */
                        possibleDuplicate: {
                            matches: {
                                claimId: string;
                                /** @enum {string} */
                                reason: "invoice_reused" | "same_incident";
                                invoiceNumber: string | null;
                                cause: string;
                                incidentDate: string;
                                /** @enum {string} */
                                status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            }[];
                            explanation: string;
                            by: string;
                            at: string;
                            override: {
                                reason: string;
                                by: string;
                                at: string;
                            } | null;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        /**
                         * @description the step the claim waits for
                         * @enum {string}
                         */
                        stage: "home_visit" | "village_review" | "public_notice" | "township_review" | "county_approval" | "payment" | "closed";
                        /** @description the steps of its scheme when filed */
                        chain: {
                            homeVisit: boolean;
                            villageReview: boolean;
                            publicNotice: boolean;
                        };
                        /** @description the last day to pay it: the county's working-day deadline from filing */
                        dueOn: string;
                        /** @description open past dueOn */
                        overdue: boolean;
                        homeVisit: {
                            visitors: string[];
                            visitedOn: string;
                            findings: string;
                            by: string;
                            at: string;
                        } | null;
                        villageReview: {
                            /** @enum {string} */
                            decision: "pass" | "reject";
                            note: string;
                            by: string;
                            at: string;
                        } | null;
                        notice: {
                            startsOn: string;
                            endsOn: string;
                            by: string;
                            at: string;
                        } | null;
                        objections: {
                            objectionId: string;
                            /**
                             * @description recorded by staff (village) or filed on the public board
                             * @default village
                             * @enum {string}
                             */
                            channel: "village" | "public";
                            summary: string;
                            receivedOn: string;
                            /** @description the staff member who recorded it; `public` for the board */
                            recordedBy: string;
                            /**
                             * @description the objector's contact, masked (kept encrypted)
                             * @default null
                             */
                            contactMasked: string | null;
                            at: string;
                            resolution: {
                                upheld: boolean;
                                finding: string;
                                by: string;
                                at: string;
                            } | null;
                        }[];
                        /** @description everyone who took a step: no one takes two (separation of duties) */
                        actors: string[];
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "person_year" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            personYearPaidBeforeFen: number;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /**
                             * @description per_claim, or the household's or person's burden over the coverage year
                             * @enum {string}
                             */
                            basis: "per_claim" | "household_year" | "person_year";
                            /** @description this claim's total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the basis's burden from earlier approved claims in the year (0 per claim) */
                            burdenBeforeFen: number;
                            /** @description what the rule measures: this claim's self-paid cost, plus the earlier burden on an annual basis */
                            burdenFen: number;
                            /** @description the entry threshold for the household's category; null without one */
                            entryThresholdFen: number | null;
                            meetsThreshold: boolean;
                            /** @description the rule's deductible (免赔额) */
                            deductibleFen: number;
                            /** @description max(0, burden − deductible) once the threshold is met: the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to entitledFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            /** @description what the whole burden is worth under the rule */
                            entitledFen: number;
                            /** @description what the basis was paid by earlier claims in the year (0 per claim) */
                            paidBeforeFen: number;
                            /** @description entitled − paid before: this claim's amount before the caps */
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            /** @description what the member had received from the scheme in the coverage year before this claim */
                            personYearPaidFen: number;
                            /** @description what was left of the person's yearly cap before this claim; null without one */
                            personYearRemainingFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the household's yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "person_year" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        /** @description the bank's confirmation of the payment: the batch line that succeeded */
                        payment?: {
                            batchId: string;
                            bankReference: string | null;
                            at: string;
                            by: string;
                        };
                        /** @description payments the bank returned, oldest first, with its reason: the claim goes into a new batch */
                        paymentReturns?: {
                            batchId: string;
                            reason: string;
                            at: string;
                            by: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        history?: {
                            actor: string;
                            action: string;
                            from: ("submitted" | "reviewed" | "approved" | "rejected" | "paid") | null;
                            /** @enum {string} */
                            to: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            time: string;
                            note: string | null;
                            /** @description on document_confirmed and document_viewed, which change no status (from = to): the document confirmed or viewed */
                            document?: {
                                documentId: string;
                                /** @enum {string} */
                                kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                                fileName: string;
                                /** @description the logged view (GET …/documents/{documentId}/views) of a document_viewed event; else null */
                                viewId: string | null;
                                /** @description 发票, 诊断证明, … */
                                kindLabel: string;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postClaimsClaimIdObjectionsObjectionIdResolution: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
                objectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description true: the objection holds, and the claim can only be rejected */
                    upheld: boolean;
                    finding: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claimId: string;
                        householdId: string;
                        province: string;
                        city: string;
                        /** @description the household's county: the claim lies in its staff's area */
                        county: string;
                        township: string;
                        schemeId: string;
                        cause: string;
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        };
                        /** @description the member the claim is for, as filed; null for a claim for the household */
                        member: {
                            memberId: string;
                            name: string;
                            relation: string;
                        } | null;
                        invoices: {
                            number: string;
                            issuer: string;
                            date: string;
                            amountFen: number;
                        }[];
                        /** @description filed although it may repeat another claim: why, and the reviewer's override once given */
                        possibleDuplicate: {
                            matches: {
                                claimId: string;
                                /** @enum {string} */
                                reason: "invoice_reused" | "same_incident";
                                invoiceNumber: string | null;
                                cause: string;
                                incidentDate: string;
                                /** @enum {string} */
                                status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            }[];
                            explanation: string;
                            by: string;
                            at: string;
                            override: {
                                reason: string;
                                by: string;
                                at: string;
                            } | null;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        /**
                         * @description the step the claim waits for
                         * @enum {string}
                         */
                        stage: "home_visit" | "village_review" | "public_notice" | "township_review" | "county_approval" | "payment" | "closed";
                        /** @description the steps of its scheme when filed */
                        chain: {
                            homeVisit: boolean;
                            villageReview: boolean;
                            publicNotice: boolean;
                        };
                        /** @description the last day to pay it: the county's working-day deadline from filing */
                        dueOn: string;
                        /** @description open past dueOn */
                        overdue: boolean;
                        homeVisit: {
                            visitors: string[];
                            visitedOn: string;
                            findings: string;
                            by: string;
                            at: string;
                        } | null;
                        villageReview: {
                            /** @enum {string} */
                            decision: "pass" | "reject";
                            note: string;
                            by: string;
                            at: string;
                        } | null;
                        notice: {
                            startsOn: string;
                            endsOn: string;
                            by: string;
                            at: string;
                        } | null;
                        objections: {
                            objectionId: string;
                            /**
                             * @description recorded by staff (village) or filed on the public board
                             * @default village
                             * @enum {string}
                             */
                            channel: "village" | "public";
                            summary: string;
                            receivedOn: string;
                            /** @description the staff member who recorded it; `public` for the board */
                            recordedBy: string;
                            /**
                             * @description the objector's contact, masked (kept encrypted)
                             * @default null
                             */
                            contactMasked: string | null;
                            at: string;
                            resolution: {
                                upheld: boolean;
                                finding: string;
                                by: string;
                                at: string;
                            } | null;
                        }[];
                        /** @description everyone who took a step: no one takes two (separation of duties) */
                        actors: string[];
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "person_year" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            personYearPaidBeforeFen: number;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /**
                             * @description per_claim, or the household's or person's burden over the coverage year
                             * @enum {string}
                             */
                            basis: "per_claim" | "household_year" | "person_year";
                            /** @description this claim's total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the basis's burden from earlier approved claims in the year (0 per claim) */
                            burdenBeforeFen: number;
                            /** @description what the rule measures: this claim's self-paid cost, plus the earlier burden on an annual basis */
                            burdenFen: number;
                            /** @description the entry threshold for the household's category; null without one */
                            entryThresholdFen: number | null;
                            meetsThreshold: boolean;
                            /** @description the rule's deductible (免赔额) */
                            deductibleFen: number;
                            /** @description max(0, burden − deductible) once the threshold is met: the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to entitledFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            /** @description what the whole burden is worth under the rule */
                            entitledFen: number;
                            /** @description what the basis was paid by earlier claims in the year (0 per claim) */
                            paidBeforeFen: number;
                            /** @description entitled − paid before: this claim's amount before the caps */
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perPersonYearCapFen: number | null;
                            /** @description what the member had received from the scheme in the coverage year before this claim */
                            personYearPaidFen: number;
                            /** @description what was left of the person's yearly cap before this claim; null without one */
                            personYearRemainingFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the household's yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "person_year" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        /** @description the bank's confirmation of the payment: the batch line that succeeded */
                        payment?: {
                            batchId: string;
                            bankReference: string | null;
                            at: string;
                            by: string;
                        };
                        /** @description payments the bank returned, oldest first, with its reason: the claim goes into a new batch */
                        paymentReturns?: {
                            batchId: string;
                            reason: string;
                            at: string;
                            by: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                        history?: {
                            actor: string;
                            action: string;
                            from: ("submitted" | "reviewed" | "approved" | "rejected" | "paid") | null;
                            /** @enum {string} */
                            to: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            time: string;
                            note: string | null;
                            /** @description on document_confirmed and document_viewed, which change no status (from = to): the document confirmed or viewed */
                            document?: {
                                documentId: string;
                                /** @enum {string} */
                                kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                                fileName: string;
                                /** @description the logged view (GET …/documents/{documentId}/views) of a document_viewed event; else null */
                                viewId: string | null;
                                /** @description 发票, 诊断证明, … */
                                kindLabel: string;
                            };
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getCalendarsYear: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        holidays: string[];
                        workdays: string[];
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    putCalendarsYear: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description weekdays that are public holidays (法定节假日)
                     * @default []
                     */
                    holidays?: string[];
                    /**
                     * @description weekend days that are working days (调休上班)
                     * @default []
                     */
                    workdays?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        holidays: string[];
                        workdays: string[];
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getSchemesSchemeIdFunds: {
        parameters: {
            query?: {
                /** @description the fund year to show; the open one by default */
                year?: number;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        schemeId: string;
                        name: string;
                        county: string;
                        /** @enum {string} */
                        kind: "insurance" | "relief";
                        settings: {
                            insurerFeeBps: number;
                            /** @enum {string} */
                            surplusPolicy: "carry_forward" | "return_to_treasury";
                            surplusPolicyLabel: string;
                        };
                        /** @description the fund year new entries go into: the year after the last settled one */
                        openYear: number;
                        year: number;
                        /**
                         * @description open (figures as they stand), settled, or none (no ledger that year)
                         * @enum {string}
                         */
                        status: "open" | "settled" | "none";
                        bySource: {
                            /** @enum {string} */
                            sourceKind: "county_budget" | "township" | "donation" | "social_assistance" | "other";
                            label: string;
                            raisedFen: number;
                        }[];
                        figures: {
                            broughtForwardFen: number;
                            premiumsFen: number;
                            insuredHeadcount: number;
                            /** @description raised from sources (POST /schemes/{schemeId}/contributions) */
                            raisedFen: number;
                            /** @description through POST /schemes/{schemeId}/top-ups */
                            topUpsFen: number;
                            /** @description approved payouts booked to the year (those approved between the last settlement and this one) */
                            payoutsFen: number;
                            /** @description floor(payouts × insurerFeeBps / 10000) */
                            insurerFeeFen: number;
                            /** @description brought forward + premiums + raised + top-ups − payouts − fee: negative is a shortfall */
                            resultFen: number;
                            countyTopUpFen: number;
                            returnedFen: number;
                            carriedForwardFen: number;
                        };
                        settlement: {
                            settlementId: string;
                            schemeId: string;
                            year: number;
                            insurerFeeBps: number;
                            /** @enum {string} */
                            surplusPolicy: "carry_forward" | "return_to_treasury";
                            figures: {
                                broughtForwardFen: number;
                                premiumsFen: number;
                                insuredHeadcount: number;
                                /** @description raised from sources (POST /schemes/{schemeId}/contributions) */
                                raisedFen: number;
                                /** @description through POST /schemes/{schemeId}/top-ups */
                                topUpsFen: number;
                                /** @description approved payouts booked to the year (those approved between the last settlement and this one) */
                                payoutsFen: number;
                                /** @description floor(payouts × insurerFeeBps / 10000) */
                                insurerFeeFen: number;
                                /** @description brought forward + premiums + raised + top-ups − payouts − fee: negative is a shortfall */
                                resultFen: number;
                                countyTopUpFen: number;
                                returnedFen: number;
                                carriedForwardFen: number;
                            };
                            /** @description the year's money raised by source */
                            bySource: {
                                [key: string]: number;
                            };
                            /** @description the scheme's paid and topped-up totals the settlement closed the year at */
                            through: {
                                paidFen: number;
                                toppedUpFen: number;
                            };
                            at: string;
                            by: string;
                        } | null;
                        /** @description the scheme's running figures over every year */
                        totals: {
                            /** @description everything put into the pool: top-ups, premiums, raised money, county top-ups */
                            raisedFen: number;
                            paidFen: number;
                            poolBalanceFen: number;
                            /** @description owed by the county: what payouts drew beyond the pool (insurance schemes) */
                            receivableFen: number;
                            insurerFeeFen: number;
                            countyTopUpFen: number;
                            returnedFen: number;
                        };
                        /** @description the year's ledger, oldest first */
                        entries: {
                            items: {
                                entryId: string;
                                schemeId: string;
                                year: number;
                                /** @enum {string} */
                                kind: "premium" | "raised" | "top_ups" | "payouts" | "insurer_fee" | "county_top_up" | "returned" | "carried_forward" | "brought_forward";
                                kindLabel: string;
                                /** @description signed: what the entry adds to (or takes from) the fund year */
                                amountFen: number;
                                /** @description what it moved the pool by, in the same transaction (0 for entries booking what moved earlier) */
                                poolFen: number;
                                at: string;
                                by: string;
                                note: string | null;
                                sourceKind: ("county_budget" | "township" | "donation" | "social_assistance" | "other") | null;
                                /** @description the payer of a premium, the giver of raised money */
                                source: string | null;
                                /** @description the figures the amount rests on, e.g. {perPersonFen, headcount} or {payoutsFen, insurerFeeBps} */
                                basis: {
                                    [key: string]: number | string;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "putSchemesSchemeIdFund-settings": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the insurer's service fee as a share of the year's payouts (1500 = 15%); 0 for relief funds */
                    insurerFeeBps: number;
                    /**
                     * @description what the year-end settlement does with a surplus: carry_forward or return_to_treasury
                     * @enum {string}
                     */
                    surplusPolicy: "carry_forward" | "return_to_treasury";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        schemeId: string;
                        name: string;
                        county: string;
                        /** @enum {string} */
                        kind: "insurance" | "relief";
                        settings: {
                            insurerFeeBps: number;
                            /** @enum {string} */
                            surplusPolicy: "carry_forward" | "return_to_treasury";
                            surplusPolicyLabel: string;
                        };
                        /** @description the fund year new entries go into: the year after the last settled one */
                        openYear: number;
                        year: number;
                        /**
                         * @description open (figures as they stand), settled, or none (no ledger that year)
                         * @enum {string}
                         */
                        status: "open" | "settled" | "none";
                        bySource: {
                            /** @enum {string} */
                            sourceKind: "county_budget" | "township" | "donation" | "social_assistance" | "other";
                            label: string;
                            raisedFen: number;
                        }[];
                        figures: {
                            broughtForwardFen: number;
                            premiumsFen: number;
                            insuredHeadcount: number;
                            /** @description raised from sources (POST /schemes/{schemeId}/contributions) */
                            raisedFen: number;
                            /** @description through POST /schemes/{schemeId}/top-ups */
                            topUpsFen: number;
                            /** @description approved payouts booked to the year (those approved between the last settlement and this one) */
                            payoutsFen: number;
                            /** @description floor(payouts × insurerFeeBps / 10000) */
                            insurerFeeFen: number;
                            /** @description brought forward + premiums + raised + top-ups − payouts − fee: negative is a shortfall */
                            resultFen: number;
                            countyTopUpFen: number;
                            returnedFen: number;
                            carriedForwardFen: number;
                        };
                        settlement: {
                            settlementId: string;
                            schemeId: string;
                            year: number;
                            insurerFeeBps: number;
                            /** @enum {string} */
                            surplusPolicy: "carry_forward" | "return_to_treasury";
                            figures: {
                                broughtForwardFen: number;
                                premiumsFen: number;
                                insuredHeadcount: number;
                                /** @description raised from sources (POST /schemes/{schemeId}/contributions) */
                                raisedFen: number;
                                /** @description through POST /schemes/{schemeId}/top-ups */
                                topUpsFen: number;
                                /** @description approved payouts booked to the year (those approved between the last settlement and this one) */
                                payoutsFen: number;
                                /** @description floor(payouts × insurerFeeBps / 10000) */
                                insurerFeeFen: number;
                                /** @description brought forward + premiums + raised + top-ups − payouts − fee: negative is a shortfall */
                                resultFen: number;
                                countyTopUpFen: number;
                                returnedFen: number;
                                carriedForwardFen: number;
                            };
                            /** @description the year's money raised by source */
                            bySource: {
                                [key: string]: number;
                            };
                            /** @description the scheme's paid and topped-up totals the settlement closed the year at */
                            through: {
                                paidFen: number;
                                toppedUpFen: number;
                            };
                            at: string;
                            by: string;
                        } | null;
                        /** @description the scheme's running figures over every year */
                        totals: {
                            /** @description everything put into the pool: top-ups, premiums, raised money, county top-ups */
                            raisedFen: number;
                            paidFen: number;
                            poolBalanceFen: number;
                            /** @description owed by the county: what payouts drew beyond the pool (insurance schemes) */
                            receivableFen: number;
                            insurerFeeFen: number;
                            countyTopUpFen: number;
                            returnedFen: number;
                        };
                        /** @description the year's ledger, oldest first */
                        entries: {
                            items: {
                                entryId: string;
                                schemeId: string;
                                year: number;
                                /** @enum {string} */
                                kind: "premium" | "raised" | "top_ups" | "payouts" | "insurer_fee" | "county_top_up" | "returned" | "carried_forward" | "brought_forward";
                                kindLabel: string;
                                /** @description signed: what the entry adds to (or takes from) the fund year */
                                amountFen: number;
                                /** @description what it moved the pool by, in the same transaction (0 for entries booking what moved earlier) */
                                poolFen: number;
                                at: string;
                                by: string;
                                note: string | null;
                                sourceKind: ("county_budget" | "township" | "donation" | "social_assistance" | "other") | null;
                                /** @description the payer of a premium, the giver of raised money */
                                source: string | null;
                                /** @description the figures the amount rests on, e.g. {perPersonFen, headcount} or {payoutsFen, insurerFeeBps} */
                                basis: {
                                    [key: string]: number | string;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postSchemesSchemeIdPremiums: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description same key and body → the same result; same key, other body → 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the premium per insured person for the year (e.g. 4500 = 45 yuan) */
                    perPersonFen: number;
                    /** @description the insured headcount */
                    headcount: number;
                    /** @description who pays the premium, e.g. 县财政局 */
                    payer: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entryId: string;
                        schemeId: string;
                        year: number;
                        /** @enum {string} */
                        kind: "premium" | "raised" | "top_ups" | "payouts" | "insurer_fee" | "county_top_up" | "returned" | "carried_forward" | "brought_forward";
                        kindLabel: string;
                        /** @description signed: what the entry adds to (or takes from) the fund year */
                        amountFen: number;
                        /** @description what it moved the pool by, in the same transaction (0 for entries booking what moved earlier) */
                        poolFen: number;
                        at: string;
                        by: string;
                        note: string | null;
                        sourceKind: ("county_budget" | "township" | "donation" | "social_assistance" | "other") | null;
                        /** @description the payer of a premium, the giver of raised money */
                        source: string | null;
                        /** @description the figures the amount rests on, e.g. {perPersonFen, headcount} or {payoutsFen, insurerFeeBps} */
                        basis: {
                            [key: string]: number | string;
                        };
                        poolBalanceFen: number;
                        receivableFen: number;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postSchemesSchemeIdContributions: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description same key and body → the same result; same key, other body → 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description county_budget 县财政, township 乡镇, donation 社会捐赠, social_assistance 社会救助资金, other
                     * @enum {string}
                     */
                    sourceKind: "county_budget" | "township" | "donation" | "social_assistance" | "other";
                    amountFen: number;
                    /** @description who gave it, e.g. 县慈善总会 */
                    source?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entryId: string;
                        schemeId: string;
                        year: number;
                        /** @enum {string} */
                        kind: "premium" | "raised" | "top_ups" | "payouts" | "insurer_fee" | "county_top_up" | "returned" | "carried_forward" | "brought_forward";
                        kindLabel: string;
                        /** @description signed: what the entry adds to (or takes from) the fund year */
                        amountFen: number;
                        /** @description what it moved the pool by, in the same transaction (0 for entries booking what moved earlier) */
                        poolFen: number;
                        at: string;
                        by: string;
                        note: string | null;
                        sourceKind: ("county_budget" | "township" | "donation" | "social_assistance" | "other") | null;
                        /** @description the payer of a premium, the giver of raised money */
                        source: string | null;
                        /** @description the figures the amount rests on, e.g. {perPersonFen, headcount} or {payoutsFen, insurerFeeBps} */
                        basis: {
                            [key: string]: number | string;
                        };
                        poolBalanceFen: number;
                        receivableFen: number;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postSchemesSchemeIdSettlements: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the fund year to settle: the open one */
                    year: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        settlementId: string;
                        schemeId: string;
                        year: number;
                        insurerFeeBps: number;
                        /** @enum {string} */
                        surplusPolicy: "carry_forward" | "return_to_treasury";
                        figures: {
                            broughtForwardFen: number;
                            premiumsFen: number;
                            insuredHeadcount: number;
                            /** @description raised from sources (POST /schemes/{schemeId}/contributions) */
                            raisedFen: number;
                            /** @description through POST /schemes/{schemeId}/top-ups */
                            topUpsFen: number;
                            /** @description approved payouts booked to the year (those approved between the last settlement and this one) */
                            payoutsFen: number;
                            /** @description floor(payouts × insurerFeeBps / 10000) */
                            insurerFeeFen: number;
                            /** @description brought forward + premiums + raised + top-ups − payouts − fee: negative is a shortfall */
                            resultFen: number;
                            countyTopUpFen: number;
                            returnedFen: number;
                            carriedForwardFen: number;
                        };
                        /** @description the year's money raised by source */
                        bySource: {
                            [key: string]: number;
                        };
                        /** @description the scheme's paid and topped-up totals the settlement closed the year at */
                        through: {
                            paidFen: number;
                            toppedUpFen: number;
                        };
                        at: string;
                        by: string;
                        poolBalanceFen: number;
                        receivableFen: number;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getReportsClaimsPayouts: {
        parameters: {
            query: {
                schemeId: string;
                /** @description only the approved (待发放) or the paid (已发放) claims; both by default */
                status?: "approved" | "paid";
                /** @description csv (UTF-8 with BOM) or xlsx (Excel); xlsx by default */
                format?: "csv" | "xlsx";
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getReportsClaimsNotices: {
        parameters: {
            query: {
                /** @description the 县/区 whose notice list to export */
                county: string;
                township?: string;
                /** @description csv (UTF-8 with BOM) or xlsx (Excel); xlsx by default */
                format?: "csv" | "xlsx";
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getClaimsClaimIdDocuments: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description oldest first: pending, confirmed and rejected */
                        items: {
                            documentId: string;
                            claimId: string;
                            /** @enum {string} */
                            kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                            fileName: string;
                            /** @enum {string} */
                            contentType: "application/pdf" | "image/jpeg" | "image/png";
                            sizeBytes: number;
                            /** @description hex, as declared and verified */
                            sha256: string;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "rejected";
                            /** @description who declared the document and was given its upload URL */
                            uploadedBy: string;
                            /** @description when the upload URL was issued */
                            uploadedAt: string;
                            /** @description the upload URL works until then */
                            uploadExpiresAt: string;
                            confirmedBy: string | null;
                            confirmedAt: string | null;
                            /** @description why the upload was refused on confirmation; the object was deleted */
                            rejection: {
                                reasons: ("size" | "sha256" | "content_type")[];
                                by: string;
                                at: string;
                            } | null;
                            /** @description 发票, 费用清单, … */
                            kindLabel: string;
                        }[];
                        /** @description what the scheme's current rule for the claim's cause requires before review */
                        requiredKinds: ("invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other")[];
                        /** @description required kinds without a confirmed document: review is refused (422 DOCUMENTS_MISSING) until none is left */
                        missingKinds: ("invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other")[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postClaimsClaimIdDocuments: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description invoice 发票, expense_list 费用清单, insurance_settlement 医保结算单, diagnosis 诊断证明, admission 入院证明, photo 现场照片, consent 授权承诺书, other 其他材料
                     * @enum {string}
                     */
                    kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                    /** @description the file's name as the uploader has it, e.g. 住院发票.pdf */
                    fileName: string;
                    /**
                     * @description the file's type; the upload must send exactly this Content-Type
                     * @enum {string}
                     */
                    contentType: "application/pdf" | "image/jpeg" | "image/png";
                    /** @description the file's exact length in bytes (at most 20 MB) */
                    sizeBytes: number;
                    /** @description the file's SHA-256, hex: the upload and the confirmation are checked against it */
                    sha256: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        document: {
                            documentId: string;
                            claimId: string;
                            /** @enum {string} */
                            kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                            fileName: string;
                            /** @enum {string} */
                            contentType: "application/pdf" | "image/jpeg" | "image/png";
                            sizeBytes: number;
                            /** @description hex, as declared and verified */
                            sha256: string;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "rejected";
                            /** @description who declared the document and was given its upload URL */
                            uploadedBy: string;
                            /** @description when the upload URL was issued */
                            uploadedAt: string;
                            /** @description the upload URL works until then */
                            uploadExpiresAt: string;
                            confirmedBy: string | null;
                            confirmedAt: string | null;
                            /** @description why the upload was refused on confirmation; the object was deleted */
                            rejection: {
                                reasons: ("size" | "sha256" | "content_type")[];
                                by: string;
                                at: string;
                            } | null;
                            /** @description 发票, 费用清单, … */
                            kindLabel: string;
                        };
                        upload: {
                            /** @constant */
                            method: "PUT";
                            /** @description pre-signed: PUT the file's bytes here, once, before expiresAt */
                            url: string;
                            /** @description send exactly these headers with the PUT (Content-Type and the base64 SHA-256 the storage checks the bytes against) */
                            headers: {
                                [key: string]: string;
                            };
                            expiresAt: string;
                        };
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    postClaimsClaimIdDocumentsDocumentIdConfirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        documentId: string;
                        claimId: string;
                        /** @enum {string} */
                        kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                        fileName: string;
                        /** @enum {string} */
                        contentType: "application/pdf" | "image/jpeg" | "image/png";
                        sizeBytes: number;
                        /** @description hex, as declared and verified */
                        sha256: string;
                        /** @enum {string} */
                        status: "pending" | "confirmed" | "rejected";
                        /** @description who declared the document and was given its upload URL */
                        uploadedBy: string;
                        /** @description when the upload URL was issued */
                        uploadedAt: string;
                        /** @description the upload URL works until then */
                        uploadExpiresAt: string;
                        confirmedBy: string | null;
                        confirmedAt: string | null;
                        /** @description why the upload was refused on confirmation; the object was deleted */
                        rejection: {
                            reasons: ("size" | "sha256" | "content_type")[];
                            by: string;
                            at: string;
                        } | null;
                        /** @description 发票, 费用清单, … */
                        kindLabel: string;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getClaimsClaimIdDocumentsDocumentIdUrl: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description pre-signed GET of the confirmed file, for a few minutes */
                        url: string;
                        expiresAt: string;
                        /** @description the view this URL was logged as */
                        view: {
                            viewId: string;
                            claimId: string;
                            documentId: string;
                            /** @enum {string} */
                            kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                            fileName: string;
                            viewedBy: string;
                            viewedAt: string;
                            urlExpiresAt: string;
                        };
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getClaimsClaimIdDocumentsDocumentIdViews: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            viewId: string;
                            claimId: string;
                            documentId: string;
                            /** @enum {string} */
                            kind: "invoice" | "expense_list" | "insurance_settlement" | "diagnosis" | "admission" | "photo" | "consent" | "other";
                            fileName: string;
                            viewedBy: string;
                            viewedAt: string;
                            urlExpiresAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "getHouseholdsHouseholdIdPayment-account": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                householdId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        householdId: string;
                        holderName: string;
                        memberId: string | null;
                        bankName: string;
                        /** @enum {string} */
                        kind: "yikatong" | "social_security_card" | "bank_card";
                        kindLabel: string;
                        /** @description only the last four digits: **** 1234 */
                        accountMasked: string;
                        /** @description 138****5678; null without a phone */
                        phoneMasked: string | null;
                        version: number;
                        /** @description why this version replaced the one before (null for the first) */
                        reason: string | null;
                        at: string;
                        by: string;
                        /** @description earlier versions, newest first: who changed the account, when and why */
                        history: {
                            holderName: string;
                            memberId: string | null;
                            bankName: string;
                            /** @enum {string} */
                            kind: "yikatong" | "social_security_card" | "bank_card";
                            kindLabel: string;
                            /** @description only the last four digits: **** 1234 */
                            accountMasked: string;
                            /** @description 138****5678; null without a phone */
                            phoneMasked: string | null;
                            version: number;
                            /** @description why this version replaced the one before (null for the first) */
                            reason: string | null;
                            at: string;
                            by: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "putHouseholdsHouseholdIdPayment-account": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                householdId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 收款人: the account holder's name as the bank has it */
                    holderName: string;
                    /** @description the member who holds the account (from the household's registry); absent: the household head */
                    memberId?: string;
                    /** @description 开户行, e.g. 夏津县农村商业银行 */
                    bankName: string;
                    /** @description 12 to 30 digits; stored encrypted, shown only as its last four (**** 1234) */
                    accountNumber: string;
                    /**
                     * @description yikatong 一卡通, social_security_card 社会保障卡, bank_card 银行卡
                     * @enum {string}
                     */
                    kind: "yikatong" | "social_security_card" | "bank_card";
                    /** @description the mobile number SMS notices go to; stored encrypted, shown masked (138****5678) */
                    phone?: string;
                    /** @description why the account changes: required when one is already on file (kept in its history) */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        householdId: string;
                        holderName: string;
                        memberId: string | null;
                        bankName: string;
                        /** @enum {string} */
                        kind: "yikatong" | "social_security_card" | "bank_card";
                        kindLabel: string;
                        /** @description only the last four digits: **** 1234 */
                        accountMasked: string;
                        /** @description 138****5678; null without a phone */
                        phoneMasked: string | null;
                        version: number;
                        /** @description why this version replaced the one before (null for the first) */
                        reason: string | null;
                        at: string;
                        by: string;
                        /** @description earlier versions, newest first: who changed the account, when and why */
                        history: {
                            holderName: string;
                            memberId: string | null;
                            bankName: string;
                            /** @enum {string} */
                            kind: "yikatong" | "social_security_card" | "bank_card";
                            kindLabel: string;
                            /** @description only the last four digits: **** 1234 */
                            accountMasked: string;
                            /** @description 138****5678; null without a phone */
                            phoneMasked: string | null;
                            version: number;
                            /** @description why this version replaced the one before (null for the first) */
                            reason: string | null;
                            at: string;
                            by: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "getSchemesSchemeIdPayable-claims": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            claimId: string;
                            householdId: string;
                            township: string;
                            headName: string;
                            causeLabel: string;
                            approvedPayoutFen: number;
                            approvedBy: string | null;
                            /** @description the account on file (masked); null: a clerk must add one first */
                            account: {
                                holderName: string;
                                /** @enum {string} */
                                kind: "yikatong" | "social_security_card" | "bank_card";
                                accountMasked: string;
                            } | null;
                            /** @description the open batch already paying it */
                            openBatchId: string | null;
                            /** @description the bank's last return, if any */
                            lastReturn: {
                                batchId: string;
                                reason: string;
                                at: string;
                            } | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "getPayment-batches": {
        parameters: {
            query?: {
                /** @description one scheme's batches; absent: the county's */
                schemeId?: string;
                /** @description required for province and city staff without a schemeId */
                county?: string;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            batchId: string;
                            schemeId: string;
                            schemeName: string;
                            /** @enum {string} */
                            schemeKind: "insurance" | "relief";
                            province: string;
                            city: string;
                            county: string;
                            /**
                             * @description open while any line is pending or sent; settled once every line succeeded or was returned
                             * @enum {string}
                             */
                            status: "open" | "settled";
                            lineCount: number;
                            totalFen: number;
                            /** @description lines by outcome */
                            counts: {
                                pending: number;
                                sent: number;
                                succeeded: number;
                                returned: number;
                            };
                            succeededFen: number;
                            returnedFen: number;
                            note: string | null;
                            createdAt: string;
                            createdBy: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "postPayment-batches": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description same key and body → the same result; same key, other body → 409 IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    schemeId: string;
                    /** @description approved claims of the scheme in the finance officer's county, at most 49 */
                    claimIds: string[];
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        batchId: string;
                        schemeId: string;
                        schemeName: string;
                        /** @enum {string} */
                        schemeKind: "insurance" | "relief";
                        province: string;
                        city: string;
                        county: string;
                        /**
                         * @description open while any line is pending or sent; settled once every line succeeded or was returned
                         * @enum {string}
                         */
                        status: "open" | "settled";
                        lineCount: number;
                        totalFen: number;
                        /** @description lines by outcome */
                        counts: {
                            pending: number;
                            sent: number;
                            succeeded: number;
                            returned: number;
                        };
                        succeededFen: number;
                        returnedFen: number;
                        note: string | null;
                        createdAt: string;
                        createdBy: string;
                        lines: {
                            batchId: string;
                            claimId: string;
                            /** @description 序号 in the bank file, from 1 */
                            seq: number;
                            householdId: string;
                            township: string;
                            villageName: string;
                            headName: string;
                            /** @description the payee's resident id, masked */
                            idNumberMasked: string;
                            holderName: string;
                            bankName: string;
                            /** @enum {string} */
                            accountKind: "yikatong" | "social_security_card" | "bank_card";
                            accountMasked: string;
                            amountFen: number;
                            /** @enum {string} */
                            outcome: "pending" | "sent" | "succeeded" | "returned";
                            /** @description why the bank returned it */
                            reason: string | null;
                            bankReference: string | null;
                            outcomeAt: string | null;
                            outcomeBy: string | null;
                        }[];
                        /** @description who downloaded the bank file, and when */
                        downloads: {
                            by: string;
                            at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "getPayment-batchesBatchId": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        batchId: string;
                        schemeId: string;
                        schemeName: string;
                        /** @enum {string} */
                        schemeKind: "insurance" | "relief";
                        province: string;
                        city: string;
                        county: string;
                        /**
                         * @description open while any line is pending or sent; settled once every line succeeded or was returned
                         * @enum {string}
                         */
                        status: "open" | "settled";
                        lineCount: number;
                        totalFen: number;
                        /** @description lines by outcome */
                        counts: {
                            pending: number;
                            sent: number;
                            succeeded: number;
                            returned: number;
                        };
                        succeededFen: number;
                        returnedFen: number;
                        note: string | null;
                        createdAt: string;
                        createdBy: string;
                        lines: {
                            batchId: string;
                            claimId: string;
                            /** @description 序号 in the bank file, from 1 */
                            seq: number;
                            householdId: string;
                            township: string;
                            villageName: string;
                            headName: string;
                            /** @description the payee's resident id, masked */
                            idNumberMasked: string;
                            holderName: string;
                            bankName: string;
                            /** @enum {string} */
                            accountKind: "yikatong" | "social_security_card" | "bank_card";
                            accountMasked: string;
                            amountFen: number;
                            /** @enum {string} */
                            outcome: "pending" | "sent" | "succeeded" | "returned";
                            /** @description why the bank returned it */
                            reason: string | null;
                            bankReference: string | null;
                            outcomeAt: string | null;
                            outcomeBy: string | null;
                        }[];
                        /** @description who downloaded the bank file, and when */
                        downloads: {
                            by: string;
                            at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "getPayment-batchesBatchIdBank-file": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    "postPayment-batchesBatchIdLinesClaimId": {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                batchId: string;
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description sent 已发送银行, succeeded 已到账, returned 被退回
                     * @enum {string}
                     */
                    outcome: "sent" | "succeeded" | "returned";
                    /** @description why the bank returned it (required for returned), e.g. 账户已销户 */
                    reason?: string;
                    /** @description the bank's reference for the transfer */
                    bankReference?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        batchId: string;
                        claimId: string;
                        /** @description 序号 in the bank file, from 1 */
                        seq: number;
                        householdId: string;
                        township: string;
                        villageName: string;
                        headName: string;
                        /** @description the payee's resident id, masked */
                        idNumberMasked: string;
                        holderName: string;
                        bankName: string;
                        /** @enum {string} */
                        accountKind: "yikatong" | "social_security_card" | "bank_card";
                        accountMasked: string;
                        amountFen: number;
                        /** @enum {string} */
                        outcome: "pending" | "sent" | "succeeded" | "returned";
                        /** @description why the bank returned it */
                        reason: string | null;
                        bankReference: string | null;
                        outcomeAt: string | null;
                        outcomeBy: string | null;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getClaimsClaimIdNotifications: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh, zh-CN, zh-Hans (…) preferred: error messages in Chinese; anything else: English. Codes and details never change. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            claimId: string;
                            /** @enum {string} */
                            kind: "approved" | "paid";
                            /** @constant */
                            channel: "sms";
                            /**
                             * @description queued for the SMS provider, sent, or failed (failure says why)
                             * @enum {string}
                             */
                            status: "queued" | "sent" | "failed";
                            phoneMasked: string | null;
                            /** @description the SMS as the household receives it */
                            text: string;
                            failure: "no_phone" | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            422: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
}
