/**
 * The HTTP probe: HSTS on the HTTPS response and the plain-HTTP redirect, judged by one pure check per rule
 * ({@code HTTP_*}). Entry point: {@link dev.bulwark.verify.http.HttpProbe#create()}.
 */
package dev.bulwark.verify.http;
