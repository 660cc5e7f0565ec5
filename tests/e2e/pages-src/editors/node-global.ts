// Draft.js (and its fbjs helpers) read Node's `global`; browsers only have globalThis.
Object.assign(globalThis, { global: globalThis });
