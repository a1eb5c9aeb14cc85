/** A small SDL that parses without any diagnostic. */
export const VALID_SDL = `version: "2.0"
services:
  web:
    image: nginx:1.27
    expose:
      - port: 80
        to:
          - global: true
profiles:
  compute:
    web:
      resources:
        cpu:
          units: 0.5
        memory:
          size: 512Mi
        storage:
          size: 1Gi
  placement:
    dc:
      pricing:
        web:
          denom: uact
          amount: 1000
deployment:
  web:
    dc:
      profile: web
      count: 1
`;

/** {@link VALID_SDL} with one error: `512Zb` is a size neither Go nor Console accepts (`512Gb` is only a warning under the default target: Console reads it). */
export const INVALID_SDL: string = VALID_SDL.replace("size: 512Mi", "size: 512Zb");

/** {@link VALID_SDL} with one warning: an unknown key that Go ignores. */
export const WARNING_SDL: string = VALID_SDL.replace(
  "    image: nginx:1.27\n",
  "    image: nginx:1.27\n    restart: always\n",
);

/** A Docker Compose file: YAML, but not an SDL. */
export const COMPOSE_YAML = `version: "3.8"
services:
  web:
    image: nginx
    ports:
      - "80:80"
`;
