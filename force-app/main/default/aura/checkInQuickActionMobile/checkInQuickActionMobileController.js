({
    /** The hosted component saved or was cancelled: close the action's panel. */
    close: function () {
        $A.get('e.force:closeQuickAction').fire();
    }
});
