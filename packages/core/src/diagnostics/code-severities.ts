// Generated from the code tables in `codes/` by `node scripts/generate-code-reference.mjs`; do not edit.

/**
 * The seed of `codeHash` under which every registered code has its own key (generated).
 *
 * @example
 * codeHash("yaml/syntax", CODE_HASH_SEED);
 */
export const CODE_HASH_SEED = 0;

/**
 * The classes of codes: a severity, or a severity and whether Go and Console refuse (generated).
 *
 * @example
 * CODE_CLASSES[0]; // e.g. "error"
 */
export const CODE_CLASSES: readonly string[] = ["error","warning","info","warning false true","warning true false","error false true","error true true","error true false","error false false","warning false false"];

/**
 * The keys of the codes of each class (same order as `CODE_CLASSES`), 4 digits of `CODE_KEY_DIGITS`
 * per code, sorted (generated).
 *
 * @example
 * CODE_KEYS.length === CODE_CLASSES.length; // true
 */
export const CODE_KEYS: readonly string[] = [
  "C5cGHNXDJPeyJQtUK24oMDlFMY4jM6gONCUJNOt6OMyJQGdQQMPsRW6sSgwzSkglTCONTRiVUHXjWYrAYO0EZWpjcuJBdGJtdfJ5dnM2fxkBgE71ggp3jWgQkrV8ksdsn9K6qZdct1C0uRVRuUciws7wxPyg0Apv1h_E1l361l_43CwR5GNK56iQ6BW96h0d-GHf--Af_tLX",
  "B2I5L2owMVghPIGGSSPNWBeKXNKBXXuSbd43gYxwmCj1mkIPmuouqNGKr1EpuCh4uUghz3dS0RV00_2B3dfb7gDf7m8Y-Anf-8Pe",
  "AyzAdWMTn00y",
  "CD2eC-QJIWwdR8hDXzpycSSyinTXqHOauewxwtS_8v-a9x_r",
  "zcNr3RyM8M1x",
  "CZjScKRUcYySeEv6kUGapCFkqxGav4wm6AJR-Ab_",
  "ANyqC6OdKIsLKO0lKYyWKb2uLgBUMxiPNIDFPCEiTFTMUQPuWiJvXVYZaPu9b2H5edZrf033hHZhiFhMiHyUiePXjHhVk5vOm2TvnBlQnXaOnftKoGZ3pBOIpfafpj48psMMp0Smqi-uq5enrjgAsKEAtuhrusfow8d8xnpvy_BEzLPr2PJF3kbU3zmM5t0Q6-dM7rUL8BP58Nfe9q3H",
  "Eeg5GiuPHGeDHfrZI4jkMkF6Mxgkl7ycnTzXpVditTSlwuAkyDG5yn2l2PAa9mvI",
  "vH_S7aeU",
  "t4f5",
];
