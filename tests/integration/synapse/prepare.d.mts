/** The Synapse release every test runs against. */
export declare const SYNAPSE_VERSION: string;
/** Repository root. */
export declare const repositoryRoot: string;
/** Where the Synapse venv lives (`.cache/synapse-venv`, or `SYNAPSE_VENV`). */
export declare const venvDirectory: string;
/** The venv's Python interpreter. */
export declare const venvPython: string;
/** The Synapse version installed in the venv, or `undefined` when missing. */
export declare function installedSynapseVersion(): string | undefined;
/** Installs the pinned Synapse into the venv when it is not there yet; throws when pip fails. */
export declare function prepareSynapse(options?: { log?: (line: string) => void }): {
  python: string;
  version: string;
  /** True when this call ran pip. */
  installed: boolean;
};
