/**
 * The preview-only page (`#/conformance`) that runs the conformance clients: small components
 * written from the examples in Salesforce's GraphQL API and LWC developer guides (each cites its
 * page), so test/e2e/conformance.e2e.ts can check that the preview's stand-ins give them what the
 * docs say the user sees. Never deployed: it lives under preview/client, not force-app.
 */
import { LightningElement } from 'lwc';

export default class ConformancePage extends LightningElement {}
