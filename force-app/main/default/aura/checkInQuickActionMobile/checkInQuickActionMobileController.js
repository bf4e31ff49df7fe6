// Code Analyzer applies its LWC rules to every .js; this is an Aura controller, where $A is the framework:
// code-analyzer-suppress(eslint:@lwc/lwc-platform/no-aura)
({
    /** The hosted component saved or was cancelled: close the action's panel. */
    close: function () {
        $A.get('e.force:closeQuickAction').fire();
    }
});
