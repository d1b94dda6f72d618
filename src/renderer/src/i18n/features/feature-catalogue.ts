/** The Russian side of a feature's catalogue: exactly the English side's keys, each with a string. */
export type FeatureCatalogue<English> = { readonly [Key in keyof English]: string };
