/** {@code --baseline REPORT.json}: report only the findings that are new since an earlier report. */
package dev.bulwark.verify.baseline;
