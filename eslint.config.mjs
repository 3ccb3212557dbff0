// ESLint for the project's own JavaScript (make lint, .ci/run): plain browser scripts, no build.
import js from "@eslint/js";
import globals from "globals";

export default [
    { ignores: ["node_modules/", ".venv/", "static/", "media/"] },
    js.configs.recommended,
    {
        files: ["kennisbank/static/**/*.js", "search/static/**/*.js", "toptaken/static/**/*.js"],
        languageOptions: {
            ecmaVersion: 2022,
            sourceType: "script",
            globals: { ...globals.browser },
        },
        rules: {
            eqeqeq: "error",
            "no-unused-vars": ["error", { caughtErrors: "none" }],
        },
    },
];
