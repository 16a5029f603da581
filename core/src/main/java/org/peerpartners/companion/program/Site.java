package org.peerpartners.companion.program;

import org.springframework.data.annotation.Id;

/** A place where a program's groups meet. */
public record Site(@Id Long id, Long programId, String name, String address) {

    public static Site create(Long programId, String name, String address) {
        return new Site(null, programId, name, address);
    }
}
