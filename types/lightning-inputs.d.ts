// Types for the base input components whose constraint-validation API components call
// (setCustomValidity/reportValidity) and that component tests spy on.
declare module 'lightning/input' {
    import { LightningElement } from 'lwc';
    export default class LightningInput extends LightningElement {
        label?: string;
        value?: unknown;
        checked?: boolean;
        type?: string;
        setCustomValidity(message: string): void;
        reportValidity(): boolean;
        checkValidity(): boolean;
    }
}
declare module 'lightning/combobox' {
    import { LightningElement } from 'lwc';
    export default class LightningCombobox extends LightningElement {
        label?: string;
        value?: unknown;
        options?: { label: string; value: string }[];
        setCustomValidity(message: string): void;
        reportValidity(): boolean;
        checkValidity(): boolean;
    }
}
declare module 'lightning/textarea' {
    import { LightningElement } from 'lwc';
    export default class LightningTextarea extends LightningElement {
        label?: string;
        value?: unknown;
        setCustomValidity(message: string): void;
        reportValidity(): boolean;
        checkValidity(): boolean;
    }
}
