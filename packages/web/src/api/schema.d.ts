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
        get?: never;
        put?: never;
        /** Register a household under monitoring (the resident id is kept only as a keyed hash and masked) */
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
        /** One household (resident id masked) */
        get: operations["getHouseholdsHouseholdId"];
        put?: never;
        post?: never;
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
        /** List claims, newest first, by status and/or scheme */
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
        /** Record the payment of an approved claim (→ paid) */
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
                        /** @description stable machine-readable code, one of: VALIDATION_FAILED, IDEMPOTENCY_KEY_REQUIRED, INVALID_SIGNATURE, UNAUTHENTICATED, FORBIDDEN, SEPARATION_OF_DUTIES, NOT_FOUND, DUPLICATE, OUT_OF_STOCK, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS, INVALID_STATE, CONCURRENT_UPDATE, ORDER_NOT_PAID_YET, PAYLOAD_TOO_LARGE, REFERENCE_NOT_FOUND, PRODUCT_NOT_LISTED, ORDER_TOO_LARGE, PAYMENT_REJECTED, REFUND_EXCEEDS_PAYMENT, REFUND_REJECTED, ENDED_BEFORE_START, VILLAGE_OUTSIDE_SUPPLIER_COUNTY, NOT_ELIGIBLE, POOL_INSUFFICIENT, CAP_EXHAUSTED, OUTSIDE_COVERAGE_PERIOD, INTERNAL, SERVICE_UNAVAILABLE, PAYMENT_PROVIDER_UNAVAILABLE */
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
                    /** @description 户主姓名 */
                    headName: string;
                    /** @description 户主身份证号 (18 characters, GB 11643 check digit); stored only as a keyed hash and masked */
                    idNumber: string;
                    /** @description people in the household */
                    members: number;
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
                        county: string;
                        headName: string;
                        /** @description masked, e.g. 110***********123X */
                        idNumber: string;
                        members: number;
                        /** @enum {string} */
                        category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        categoryLabel: string;
                        perCapitaIncomeFen: number;
                        incomeYear: number;
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
                        county: string;
                        headName: string;
                        /** @description masked, e.g. 110***********123X */
                        idNumber: string;
                        members: number;
                        /** @enum {string} */
                        category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                        categoryLabel: string;
                        perCapitaIncomeFen: number;
                        incomeYear: number;
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
                        incomeLineFen: number;
                        eligibleCategories: ("unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship")[];
                        rules: {
                            [key: string]: {
                                deductibleFen: number;
                                tiers: {
                                    upToFen: number | null;
                                    ratioBps: number;
                                }[];
                                perClaimCapFen: number | null;
                                perHouseholdYearCapFen: number | null;
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
                    /** @description the coverage year: claims are for incidents from its 1 January to its 31 December */
                    year: number;
                    /** @description 防贫线: per-person yearly income must be below it */
                    incomeLineFen: number;
                    eligibleCategories: ("unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship")[];
                    /** @description one rule per cause: illness 因病, education 因学, disaster 因灾, accident 因意外 */
                    rules: {
                        [key: string]: {
                            deductibleFen: number;
                            tiers: {
                                /** @description upper end of the band in x (the amount above the deductible); null for the last */
                                upToFen: number | null;
                                ratioBps: number;
                            }[];
                            perClaimCapFen: number | null;
                            /** @description per household per scheme per coverage year (the scheme's year, which every covered incident falls in) */
                            perHouseholdYearCapFen: number | null;
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
                        incomeLineFen: number;
                        eligibleCategories: ("unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship")[];
                        rules: {
                            [key: string]: {
                                deductibleFen: number;
                                tiers: {
                                    upToFen: number | null;
                                    ratioBps: number;
                                }[];
                                perClaimCapFen: number | null;
                                perHouseholdYearCapFen: number | null;
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
                            incomeLineFen: number;
                            eligibleCategories: ("unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship")[];
                            rules: {
                                [key: string]: {
                                    deductibleFen: number;
                                    tiers: {
                                        upToFen: number | null;
                                        ratioBps: number;
                                    }[];
                                    perClaimCapFen: number | null;
                                    perHouseholdYearCapFen: number | null;
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
                schemeId?: string;
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
                            schemeId: string;
                            /** @enum {string} */
                            cause: "illness" | "education" | "disaster" | "accident";
                            causeLabel: string;
                            incidentDate: string;
                            expenses: {
                                totalFen: number;
                                reimbursedFen: number;
                            };
                            /** @description the household as filed (null for claims filed before it was recorded) */
                            household: {
                                headName: string;
                                villageId: string;
                                county: string;
                                /** @enum {string} */
                                category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                                members: number;
                            } | null;
                            documents: {
                                kind: string;
                                ref: string;
                            }[];
                            note: string | null;
                            /** @enum {string} */
                            status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                            payoutPreviewFen: number;
                            previewSchemeVersion: number;
                            approvedPayoutFen: number | null;
                            /** @description the scheme version the approval used */
                            schemeVersion: number | null;
                            capApplied: ("none" | "per_claim" | "household_year") | null;
                            caps: {
                                perClaimCapFen: number | null;
                                perHouseholdYearCapFen: number | null;
                                householdYearPaidBeforeFen: number;
                                uncappedFen: number;
                            } | null;
                            /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                            payoutBreakdown: {
                                /** @description total − reimbursed: the self-paid cost other policies left (合规自付) */
                                selfPaidFen: number;
                                /** @description the rule's deductible (起付线) */
                                deductibleFen: number;
                                /** @description max(0, self-paid − deductible): the amount the bands split */
                                eligibleFen: number;
                                bands: {
                                    fromFen: number;
                                    toFen: number;
                                    ratioBps: number;
                                    /** @description the part of the eligible amount in this band */
                                    amountFen: number;
                                    /** @description what the band pays; the bands add up to uncappedFen (one rounding down, of the exact sum) */
                                    paidFen: number;
                                }[];
                                /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                                beyondTiersFen: number;
                                uncappedFen: number;
                                perClaimCapFen: number | null;
                                perHouseholdYearCapFen: number | null;
                                /** @description what the household had received from the scheme in the coverage year before this claim */
                                householdYearPaidFen: number;
                                /** @description what was left of the yearly cap before this claim; null without one */
                                householdYearRemainingFen: number | null;
                                /** @enum {string} */
                                capApplied: "none" | "per_claim" | "household_year";
                                payoutFen: number;
                            } | null;
                            submittedBy: string;
                            reviewedBy: string | null;
                            approvedBy: string | null;
                            rejectedBy: string | null;
                            rejectionReason: string | null;
                            disbursement: {
                                reference: string;
                                by: string;
                                at: string;
                            } | null;
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
                    /** @enum {string} */
                    cause: "illness" | "education" | "disaster" | "accident";
                    incidentDate: string;
                    expenses: {
                        /** @description compliant cost (合规费用) */
                        totalFen: number;
                        /** @description paid already by other policies (basic and serious-illness insurance, assistance, charity) */
                        reimbursedFen: number;
                    };
                    documents: {
                        /** @description e.g. 住院发票, 费用清单, 入户核查表 */
                        kind: string;
                        /** @description where the document is kept (file key, archive number) */
                        ref: string;
                    }[];
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
                        claimId: string;
                        householdId: string;
                        schemeId: string;
                        /** @enum {string} */
                        cause: "illness" | "education" | "disaster" | "accident";
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed (null for claims filed before it was recorded) */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /** @description total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the rule's deductible (起付线) */
                            deductibleFen: number;
                            /** @description max(0, self-paid − deductible): the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to uncappedFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        disbursement: {
                            reference: string;
                            by: string;
                            at: string;
                        } | null;
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
                    /** @enum {string} */
                    cause: "illness" | "education" | "disaster" | "accident";
                    incidentDate: string;
                    expenses: {
                        /** @description compliant cost (合规费用) */
                        totalFen: number;
                        /** @description paid already by other policies (basic and serious-illness insurance, assistance, charity) */
                        reimbursedFen: number;
                    };
                    documents: {
                        /** @description e.g. 住院发票, 费用清单, 入户核查表 */
                        kind: string;
                        /** @description where the document is kept (file key, archive number) */
                        ref: string;
                    }[];
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
                        schemeId: string;
                        /** @description the scheme version the preview used (an approval uses the version current then) */
                        schemeVersion: number;
                        householdId: string;
                        /** @enum {string} */
                        cause: "illness" | "education" | "disaster" | "accident";
                        causeLabel: string;
                        coveragePeriod: {
                            from: string;
                            to: string;
                        };
                        payoutFen: number;
                        breakdown: {
                            /** @description total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the rule's deductible (起付线) */
                            deductibleFen: number;
                            /** @description max(0, self-paid − deductible): the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to uncappedFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "household_year";
                            payoutFen: number;
                        };
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
                        schemeId: string;
                        /** @enum {string} */
                        cause: "illness" | "education" | "disaster" | "accident";
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed (null for claims filed before it was recorded) */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /** @description total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the rule's deductible (起付线) */
                            deductibleFen: number;
                            /** @description max(0, self-paid − deductible): the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to uncappedFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        disbursement: {
                            reference: string;
                            by: string;
                            at: string;
                        } | null;
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
                        schemeId: string;
                        /** @enum {string} */
                        cause: "illness" | "education" | "disaster" | "accident";
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed (null for claims filed before it was recorded) */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /** @description total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the rule's deductible (起付线) */
                            deductibleFen: number;
                            /** @description max(0, self-paid − deductible): the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to uncappedFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        disbursement: {
                            reference: string;
                            by: string;
                            at: string;
                        } | null;
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
                        schemeId: string;
                        /** @enum {string} */
                        cause: "illness" | "education" | "disaster" | "accident";
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed (null for claims filed before it was recorded) */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /** @description total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the rule's deductible (起付线) */
                            deductibleFen: number;
                            /** @description max(0, self-paid − deductible): the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to uncappedFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        disbursement: {
                            reference: string;
                            by: string;
                            at: string;
                        } | null;
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
                        schemeId: string;
                        /** @enum {string} */
                        cause: "illness" | "education" | "disaster" | "accident";
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed (null for claims filed before it was recorded) */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /** @description total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the rule's deductible (起付线) */
                            deductibleFen: number;
                            /** @description max(0, self-paid − deductible): the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to uncappedFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        disbursement: {
                            reference: string;
                            by: string;
                            at: string;
                        } | null;
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
        requestBody: {
            content: {
                "application/json": {
                    /** @description bank transfer or voucher reference */
                    reference: string;
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
                        schemeId: string;
                        /** @enum {string} */
                        cause: "illness" | "education" | "disaster" | "accident";
                        causeLabel: string;
                        incidentDate: string;
                        expenses: {
                            totalFen: number;
                            reimbursedFen: number;
                        };
                        /** @description the household as filed (null for claims filed before it was recorded) */
                        household: {
                            headName: string;
                            villageId: string;
                            county: string;
                            /** @enum {string} */
                            category: "unstable_out_of_poverty" | "marginal_at_risk" | "sudden_hardship";
                            members: number;
                        } | null;
                        documents: {
                            kind: string;
                            ref: string;
                        }[];
                        note: string | null;
                        /** @enum {string} */
                        status: "submitted" | "reviewed" | "approved" | "rejected" | "paid";
                        payoutPreviewFen: number;
                        previewSchemeVersion: number;
                        approvedPayoutFen: number | null;
                        /** @description the scheme version the approval used */
                        schemeVersion: number | null;
                        capApplied: ("none" | "per_claim" | "household_year") | null;
                        caps: {
                            perClaimCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            householdYearPaidBeforeFen: number;
                            uncappedFen: number;
                        } | null;
                        /** @description the approved payout step by step, stored by the approval (null before approval, and for claims approved before it was stored) */
                        payoutBreakdown: {
                            /** @description total − reimbursed: the self-paid cost other policies left (合规自付) */
                            selfPaidFen: number;
                            /** @description the rule's deductible (起付线) */
                            deductibleFen: number;
                            /** @description max(0, self-paid − deductible): the amount the bands split */
                            eligibleFen: number;
                            bands: {
                                fromFen: number;
                                toFen: number;
                                ratioBps: number;
                                /** @description the part of the eligible amount in this band */
                                amountFen: number;
                                /** @description what the band pays; the bands add up to uncappedFen (one rounding down, of the exact sum) */
                                paidFen: number;
                            }[];
                            /** @description the part of the eligible amount beyond a bounded last tier, which pays nothing */
                            beyondTiersFen: number;
                            uncappedFen: number;
                            perClaimCapFen: number | null;
                            perHouseholdYearCapFen: number | null;
                            /** @description what the household had received from the scheme in the coverage year before this claim */
                            householdYearPaidFen: number;
                            /** @description what was left of the yearly cap before this claim; null without one */
                            householdYearRemainingFen: number | null;
                            /** @enum {string} */
                            capApplied: "none" | "per_claim" | "household_year";
                            payoutFen: number;
                        } | null;
                        submittedBy: string;
                        reviewedBy: string | null;
                        approvedBy: string | null;
                        rejectedBy: string | null;
                        rejectionReason: string | null;
                        disbursement: {
                            reference: string;
                            by: string;
                            at: string;
                        } | null;
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
                        /** @description per cause: claims filed (every status) and money approved */
                        byCause: {
                            illness: {
                                claims: number;
                                paidFen: number;
                            };
                            education: {
                                claims: number;
                                paidFen: number;
                            };
                            disaster: {
                                claims: number;
                                paidFen: number;
                            };
                            accident: {
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
}
